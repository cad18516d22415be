<?php
/**
 * Uninstall: appointment requests are records a facility may have to keep, so the table stays
 * unless the admin ticked "Delete all appointment requests when the plugin is deleted".
 *
 * @package IopWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;
$iop_widgets_settings = get_option( 'iop_widgets_settings', array() );
if ( ! empty( $iop_widgets_settings['delete_on_uninstall'] ) ) {
	$wpdb->query( 'DROP TABLE IF EXISTS ' . $wpdb->prefix . 'iop_requests' ); // phpcs:ignore WordPress.DB
	delete_option( 'iop_widgets_settings' );
	delete_option( 'iop_widgets_db_version' );
}
foreach ( wp_roles()->role_objects as $iop_widgets_role ) {
	$iop_widgets_role->remove_cap( 'iop_widgets_read_requests' );
}
