<?php
/**
 * Uninstall: appointment requests are records a facility may have to keep, so the tables (requests
 * and access log) and the settings stay unless the admin chose "Delete all appointment requests"
 * in Settings > IOP Widgets (the Plugins screen says which, beside the plugin). The capability to
 * read requests goes either way, from roles and from single users.
 *
 * @package IopWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;
$iop_widgets_settings = get_option( 'iop_widgets_settings', array() );
if ( ! empty( $iop_widgets_settings['delete_on_uninstall'] ) ) {
	$wpdb->query( 'DROP TABLE IF EXISTS ' . $wpdb->prefix . 'iop_requests' ); // phpcs:ignore WordPress.DB
	$wpdb->query( 'DROP TABLE IF EXISTS ' . $wpdb->prefix . 'iop_audit' ); // phpcs:ignore WordPress.DB
	delete_option( 'iop_widgets_settings' );
	delete_option( 'iop_widgets_db_version' );
}
wp_clear_scheduled_hook( 'iop_widgets_daily' );
foreach ( wp_roles()->role_objects as $iop_widgets_role ) {
	$iop_widgets_role->remove_cap( 'iop_widgets_read_requests' );
}
$iop_widgets_users = get_users(
	array(
		'meta_key'     => $wpdb->get_blog_prefix() . 'capabilities', // phpcs:ignore WordPress.DB.SlowDBQuery
		'meta_value'   => 'iop_widgets_read_requests', // phpcs:ignore WordPress.DB.SlowDBQuery
		'meta_compare' => 'LIKE',
	)
);
foreach ( $iop_widgets_users as $iop_widgets_user ) {
	$iop_widgets_user->remove_cap( 'iop_widgets_read_requests' );
}
