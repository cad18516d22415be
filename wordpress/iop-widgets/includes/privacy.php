<?php
/**
 * WordPress's privacy tools (Tools > Export / Erase Personal Data) find a person's appointment
 * requests by their email address, and the phone-only requests made with the same number.
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

/**
 * A person's requests: those with their email address, and those that give no email but a phone
 * number from one of those requests (a request made by phone only is still theirs). Given a phone
 * number instead of an email (a programmatic call), the requests with that number.
 *
 * @return array<int, object>
 */
function iop_widgets_rows_for( $email_or_phone ) {
	global $wpdb;
	$table = iop_widgets_table();
	$given = trim( (string) $email_or_phone );
	if ( ! is_email( $given ) ) {
		$digits = iop_widgets_phone_digits( $given );
		return strlen( $digits ) < 7 ? array() : $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE phone_digits LIKE %s ORDER BY id", '%' . $wpdb->esc_like( substr( $digits, -10 ) ) ) ); // phpcs:ignore WordPress.DB
	}
	$rows   = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE email = %s ORDER BY id", $given ) ); // phpcs:ignore WordPress.DB
	$phones = array_unique( array_filter( wp_list_pluck( $rows, 'phone_digits' ) ) );
	if ( $phones ) {
		$in   = implode( ',', array_fill( 0, count( $phones ), '%s' ) );
		$more = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE email = '' AND phone_digits IN ({$in}) ORDER BY id", array_values( $phones ) ) ); // phpcs:ignore WordPress.DB
		$rows = array_merge( $rows, $more );
	}
	return $rows;
}

/**
 * A value for WordPress's export page, which turns a value that looks like a link into a live link
 * and lets `<a>` through: what a visitor typed is text, so it is escaped and never made a link
 * (a request naming someone else's email could otherwise put a phishing link in their export).
 */
function iop_widgets_export_value( $value ) {
	return str_replace( '://', '&#58;//', esc_html( $value ) );
}

function iop_widgets_export_personal_data( $email, $page = 1 ) {
	$items = array();
	$rows  = iop_widgets_rows_for( $email );
	foreach ( $rows as $row ) {
		$data = array();
		foreach ( iop_widgets_columns() as $key => $label ) {
			$value = iop_widgets_display( $row, $key );
			if ( '' !== $value ) {
				$data[] = array(
					'name'  => $label,
					'value' => iop_widgets_export_value( $value ),
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
	if ( $rows ) {
		iop_widgets_audit( 'privacy-export', wp_list_pluck( $rows, 'id' ) );
	}
	return array(
		'data' => $items,
		'done' => true,
	);
}

function iop_widgets_erase_personal_data( $email, $page = 1 ) {
	$ids     = wp_list_pluck( iop_widgets_rows_for( $email ), 'id' );
	$removed = iop_widgets_delete_rows( $ids );
	if ( $removed ) {
		iop_widgets_audit( 'privacy-erase', $ids );
	}
	return array(
		'items_removed'  => $removed > 0,
		'items_retained' => false,
		'messages'       => array(),
		'done'           => true,
	);
}

function iop_widgets_privacy_policy() {
	if ( function_exists( 'wp_add_privacy_policy_content' ) ) {
		wp_add_privacy_policy_content(
			__( 'IOP Widgets', 'iop-widgets' ),
			wp_kses_post( '<p>' . __( 'When you ask for an appointment, what you type in the form (your name, how to reach you, and anything you choose to tell us) is stored on this site so that our staff can call you back. Staff are told by email that a request arrived, without its content. Who reads, exports or deletes it is recorded. You can ask us to export or erase it, by email address or phone number.', 'iop-widgets' ) . '</p>' )
		);
	}
}
