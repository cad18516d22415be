<?php
/**
 * The admin screen: the requests, newest first, "Mark handled", and a CSV export. Every route
 * that reads requests checks the capability and answers 403 without it.
 *
 * @package IopWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_menu', 'iop_widgets_requests_menu' );
add_action( 'admin_post_iop_widgets_handled', 'iop_widgets_handled' );
add_action( 'admin_post_iop_widgets_export', 'iop_widgets_export' );
add_action( 'admin_post_nopriv_iop_widgets_handled', 'iop_widgets_forbidden' );
add_action( 'admin_post_nopriv_iop_widgets_export', 'iop_widgets_forbidden' );

function iop_widgets_requests_menu() {
	add_menu_page( __( 'Appointment requests', 'iop-widgets' ), __( 'Appointment requests', 'iop-widgets' ), IOP_WIDGETS_CAP, 'iop-widgets-requests', 'iop_widgets_requests_page', 'dashicons-calendar-alt', 26 );
}

function iop_widgets_forbidden() {
	wp_die( esc_html__( 'Sorry, you are not allowed to read appointment requests.', 'iop-widgets' ), 403 );
}

/** Column => label, in the order of the screen and of the CSV. */
function iop_widgets_columns() {
	return array(
		'created_at'     => __( 'Received (UTC)', 'iop-widgets' ),
		'name'           => __( 'Name', 'iop-widgets' ),
		'phone'          => __( 'Phone', 'iop-widgets' ),
		'email'          => __( 'Email', 'iop-widgets' ),
		'contact_method' => __( 'Contact by', 'iop-widgets' ),
		'best_time'      => __( 'Best time', 'iop-widgets' ),
		'for_whom'       => __( 'For', 'iop-widgets' ),
		'program'        => __( 'Program', 'iop-widgets' ),
		'insurance'      => __( 'Insurance', 'iop-widgets' ),
		'telehealth'     => __( 'Telehealth', 'iop-widgets' ),
		'message'        => __( 'Message', 'iop-widgets' ),
		'locale'         => __( 'Language', 'iop-widgets' ),
		'handled_at'     => __( 'Handled (UTC)', 'iop-widgets' ),
	);
}

function iop_widgets_requests_page() {
	if ( ! current_user_can( IOP_WIDGETS_CAP ) ) {
		iop_widgets_forbidden();
	}
	$page    = max( 1, absint( $_GET['paged'] ?? 1 ) ); // phpcs:ignore WordPress.Security.NonceVerification
	$total   = iop_widgets_count();
	$rows    = iop_widgets_list( 50, ( $page - 1 ) * 50 );
	$columns = iop_widgets_columns();
	$export  = wp_nonce_url( admin_url( 'admin-post.php?action=iop_widgets_export' ), 'iop_widgets_export' );
	echo '<div class="wrap"><h1 class="wp-heading-inline">' . esc_html__( 'Appointment requests', 'iop-widgets' ) . '</h1> ';
	echo '<a class="page-title-action" id="iop-export" href="' . esc_url( $export ) . '">' . esc_html__( 'Export CSV', 'iop-widgets' ) . '</a><hr class="wp-header-end">';
	if ( isset( $_GET['handled'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification
		echo '<div class="notice notice-success"><p>' . esc_html__( 'Marked as handled.', 'iop-widgets' ) . '</p></div>';
	}
	/* translators: %d: number of requests. */
	echo '<p>' . esc_html( sprintf( _n( '%d request', '%d requests', $total, 'iop-widgets' ), $total ) ) . '</p>';
	// The screen groups the columns so a request reads as one row at laptop width; the CSV keeps them apart.
	$groups = array(
		'created_at' => array( 'created_at' ),
		'name'       => array( 'name' ),
		'contact'    => array( 'phone', 'email', 'contact_method', 'best_time' ),
		'details'    => array( 'for_whom', 'program', 'insurance', 'telehealth', 'locale' ),
		'message'    => array( 'message' ),
	);
	$heads  = array(
		'created_at' => $columns['created_at'],
		'name'       => $columns['name'],
		'contact'    => __( 'How to reach them', 'iop-widgets' ),
		'details'    => __( 'Details', 'iop-widgets' ),
		'message'    => $columns['message'],
	);
	echo '<table class="wp-list-table widefat striped" id="iop-requests"><thead><tr>';
	foreach ( $heads as $label ) {
		echo '<th scope="col">' . esc_html( $label ) . '</th>';
	}
	echo '<th scope="col">' . esc_html__( 'Handled', 'iop-widgets' ) . '</th></tr></thead><tbody>';
	if ( ! $rows ) {
		echo '<tr><td colspan="' . ( count( $heads ) + 1 ) . '">' . esc_html__( 'No requests yet.', 'iop-widgets' ) . '</td></tr>';
	}
	foreach ( $rows as $row ) {
		echo '<tr data-request="' . esc_attr( $row->request_key ) . '">';
		foreach ( $groups as $group => $keys ) {
			$lines = array();
			foreach ( $keys as $key ) {
				$value = 'telehealth' === $key ? ( $row->telehealth ? __( 'yes', 'iop-widgets' ) : '' ) : (string) $row->$key;
				if ( '' !== $value ) {
					$lines[] = count( $keys ) > 1 ? $columns[ $key ] . ': ' . $value : $value;
				}
			}
			echo '<td data-col="' . esc_attr( $group ) . '">' . nl2br( esc_html( implode( "\n", $lines ) ) ) . '</td>';
		}
		echo '<td>';
		if ( $row->handled_at ) {
			echo esc_html( $row->handled_at );
		} else {
			echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"><input type="hidden" name="action" value="iop_widgets_handled"><input type="hidden" name="id" value="' . esc_attr( $row->id ) . '">';
			wp_nonce_field( 'iop_widgets_handled_' . $row->id );
			echo '<button type="submit" class="button">' . esc_html__( 'Mark handled', 'iop-widgets' ) . '</button></form>';
		}
		echo '</td></tr>';
	}
	echo '</tbody></table>';
	$pages = (int) ceil( $total / 50 );
	if ( $pages > 1 ) {
		echo '<p>' . wp_kses_post( paginate_links( array( 'base' => add_query_arg( 'paged', '%#%' ), 'total' => $pages, 'current' => $page ) ) ) . '</p>';
	}
	echo '</div>';
}

function iop_widgets_handled() {
	$id = absint( $_POST['id'] ?? 0 );
	if ( ! current_user_can( IOP_WIDGETS_CAP ) ) {
		iop_widgets_forbidden();
	}
	check_admin_referer( 'iop_widgets_handled_' . $id );
	iop_widgets_mark_handled( $id, get_current_user_id() );
	wp_safe_redirect( admin_url( 'admin.php?page=iop-widgets-requests&handled=1' ) );
	exit;
}

/** A spreadsheet would run a cell that starts with = + - @ as a formula: such cells get a quote. */
function iop_widgets_csv_cell( $value ) {
	$value = (string) $value;
	return preg_match( '/^[=+\-@\t\r]/', $value ) ? "'" . $value : $value;
}

function iop_widgets_export() {
	if ( ! current_user_can( IOP_WIDGETS_CAP ) ) {
		iop_widgets_forbidden();
	}
	check_admin_referer( 'iop_widgets_export' );
	nocache_headers();
	header( 'Content-Type: text/csv; charset=utf-8' );
	header( 'Content-Disposition: attachment; filename="appointment-requests-' . gmdate( 'Y-m-d' ) . '.csv"' );
	$out     = fopen( 'php://output', 'w' );
	$columns = iop_widgets_columns();
	fwrite( $out, "\xEF\xBB\xBF" ); // So that Excel reads UTF-8 names right.
	fputcsv( $out, array_values( $columns ) );
	for ( $offset = 0; $rows = iop_widgets_list( 500, $offset ); $offset += 500 ) { // phpcs:ignore Generic.CodeAnalysis
		foreach ( $rows as $row ) {
			$line = array();
			foreach ( array_keys( $columns ) as $key ) {
				$line[] = iop_widgets_csv_cell( $row->$key );
			}
			fputcsv( $out, $line );
		}
	}
	fclose( $out );
	exit;
}
