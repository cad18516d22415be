<?php
/**
 * WordPress's privacy tools (Tools > Export / Erase Personal Data) find a person's appointment
 * requests by their email address.
 *
 * @package IopWidgets
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_privacy_personal_data_exporters', 'iop_widgets_register_exporter' );
add_filter( 'wp_privacy_personal_data_erasers', 'iop_widgets_register_eraser' );
add_action( 'admin_init', 'iop_widgets_privacy_policy' );

function iop_widgets_register_exporter( $exporters ) {
	$exporters['iop-widgets'] = array(
		'exporter_friendly_name' => __( 'Appointment requests', 'iop-widgets' ),
		'callback'               => 'iop_widgets_export_personal_data',
	);
	return $exporters;
}

function iop_widgets_register_eraser( $erasers ) {
	$erasers['iop-widgets'] = array(
		'eraser_friendly_name' => __( 'Appointment requests', 'iop-widgets' ),
		'callback'             => 'iop_widgets_erase_personal_data',
	);
	return $erasers;
}

function iop_widgets_rows_for( $email ) {
	global $wpdb;
	$table = iop_widgets_table();
	return $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE email = %s ORDER BY id", $email ) ); // phpcs:ignore WordPress.DB
}

function iop_widgets_export_personal_data( $email, $page = 1 ) {
	$items = array();
	foreach ( iop_widgets_rows_for( $email ) as $row ) {
		$data = array();
		foreach ( iop_widgets_columns() as $key => $label ) {
			if ( '' !== (string) $row->$key ) {
				$data[] = array(
					'name'  => $label,
					'value' => (string) $row->$key,
				);
			}
		}
		$items[] = array(
			'group_id'    => 'iop-widgets-requests',
			'group_label' => __( 'Appointment requests', 'iop-widgets' ),
			'item_id'     => 'iop-request-' . $row->id,
			'data'        => $data,
		);
	}
	return array(
		'data' => $items,
		'done' => true,
	);
}

function iop_widgets_erase_personal_data( $email, $page = 1 ) {
	global $wpdb;
	$removed = iop_widgets_quietly(
		static function () use ( $wpdb, $email ) {
			return $wpdb->delete( iop_widgets_table(), array( 'email' => $email ), array( '%s' ) );
		}
	);
	return array(
		'items_removed'  => (int) $removed > 0,
		'items_retained' => false,
		'messages'       => array(),
		'done'           => true,
	);
}

function iop_widgets_privacy_policy() {
	if ( function_exists( 'wp_add_privacy_policy_content' ) ) {
		wp_add_privacy_policy_content(
			__( 'IOP Widgets', 'iop-widgets' ),
			wp_kses_post( '<p>' . __( 'When you ask for an appointment, what you type in the form (your name, how to reach you, and anything you choose to tell us) is stored on this site so that our staff can call you back. Staff are told by email that a request arrived, without its content. You can ask us to export or erase it.', 'iop-widgets' ) . '</p>' )
		);
	}
}
