<?php
/**
 * The admin screens: the requests, newest first, a search by phone, email or name, "Mark handled",
 * "Delete", a CSV export, and the access log. Every route that reads requests checks the capability
 * and answers 403 without it, and every reading is recorded in the access log.
 *
 * @package IopWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_menu', 'iop_widgets_requests_menu' );
add_action( 'admin_post_iop_widgets_handled', 'iop_widgets_handled' );
add_action( 'admin_post_iop_widgets_delete', 'iop_widgets_delete' );
add_action( 'admin_post_iop_widgets_export', 'iop_widgets_export' );
add_action( 'admin_post_nopriv_iop_widgets_handled', 'iop_widgets_forbidden' );
add_action( 'admin_post_nopriv_iop_widgets_delete', 'iop_widgets_forbidden' );
add_action( 'admin_post_nopriv_iop_widgets_export', 'iop_widgets_forbidden' );
add_filter( 'plugin_row_meta', 'iop_widgets_plugin_row_meta', 10, 2 );

function iop_widgets_requests_menu() {
	add_menu_page( __( 'Appointment requests', 'iop-widgets' ), __( 'Appointment requests', 'iop-widgets' ), IOP_WIDGETS_CAP, 'iop-widgets-requests', 'iop_widgets_requests_page', 'dashicons-calendar-alt', 26 );
	add_submenu_page( 'iop-widgets-requests', __( 'Access log', 'iop-widgets' ), __( 'Access log', 'iop-widgets' ), 'manage_options', 'iop-widgets-access-log', 'iop_widgets_access_log_page' );
}

function iop_widgets_forbidden() {
	wp_die( esc_html__( 'Sorry, you are not allowed to read appointment requests.', 'iop-widgets' ), 403 );
}

/** Column => label, in the order of the CSV. */
function iop_widgets_columns() {
	/* translators: %s: the site's time zone, e.g. America/Chicago. */
	$received = sprintf( __( 'Received (%s)', 'iop-widgets' ), wp_timezone_string() );
	return array(
		'created_at'     => $received,
		'name'           => __( 'Name', 'iop-widgets' ),
		'for_whom'       => __( 'For', 'iop-widgets' ),
		'leave_message'  => __( 'May leave a message saying who calls', 'iop-widgets' ),
		'phone'          => __( 'Phone', 'iop-widgets' ),
		'email'          => __( 'Email', 'iop-widgets' ),
		'contact_method' => __( 'Contact by', 'iop-widgets' ),
		'best_time'      => __( 'Best time', 'iop-widgets' ),
		'time_zone'      => __( 'Visitor\'s time zone', 'iop-widgets' ),
		'program'        => __( 'Program', 'iop-widgets' ),
		'insurance'      => __( 'Insurance', 'iop-widgets' ),
		'member_id'      => __( 'Member ID', 'iop-widgets' ),
		'policy_holder'  => __( 'Policy holder', 'iop-widgets' ),
		'telehealth'     => __( 'Telehealth', 'iop-widgets' ),
		'message'        => __( 'Message', 'iop-widgets' ),
		'locale'         => __( 'Language', 'iop-widgets' ),
		'handled_at'     => __( 'Handled', 'iop-widgets' ),
	);
}

/** A stored UTC time in the site's zone. */
function iop_widgets_site_time( $utc ) {
	if ( ! $utc ) {
		return '';
	}
	return wp_date( 'Y-m-d H:i T', strtotime( $utc . ' UTC' ) );
}

/** A column's value as staff read it (choices in words, times in the site's zone). */
function iop_widgets_display( $row, $key ) {
	$value = (string) ( $row->$key ?? '' );
	switch ( $key ) {
		case 'created_at':
		case 'handled_at':
			return iop_widgets_site_time( $value );
		case 'telehealth':
			return $value ? __( 'yes', 'iop-widgets' ) : '';
		case 'leave_message':
			return array(
				'yes' => __( 'yes', 'iop-widgets' ),
				'no'  => __( 'NO: do not say who is calling', 'iop-widgets' ),
			)[ $value ] ?? '';
		case 'for_whom':
			return array(
				'self'         => __( 'themselves', 'iop-widgets' ),
				'someone-else' => __( 'someone they care about', 'iop-widgets' ),
			)[ $value ] ?? $value;
		case 'best_time':
			if ( '' === $value ) {
				return '';
			}
			/* translators: 1: morning, afternoon or evening; 2: the visitor's time zone. */
			return '' === (string) $row->time_zone ? $value : sprintf( __( '%1$s, their time (%2$s)', 'iop-widgets' ), $value, $row->time_zone );
		case 'time_zone':
			if ( '' === $value ) {
				return '';
			}
			try {
				$now = new DateTime( 'now', new DateTimeZone( $value ) );
				/* translators: 1: the visitor's time zone; 2: the time there now. */
				return sprintf( __( '%1$s (now %2$s there)', 'iop-widgets' ), $value, $now->format( 'H:i' ) );
			} catch ( Exception $e ) {
				return $value;
			}
	}
	return $value;
}

function iop_widgets_search_term() {
	return isset( $_GET['s'] ) && is_string( $_GET['s'] ) ? sanitize_text_field( wp_unslash( $_GET['s'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification
}

function iop_widgets_requests_page() {
	if ( ! current_user_can( IOP_WIDGETS_CAP ) ) {
		iop_widgets_forbidden();
	}
	iop_widgets_housekeeping();
	$search  = iop_widgets_search_term();
	$page    = max( 1, absint( $_GET['paged'] ?? 1 ) ); // phpcs:ignore WordPress.Security.NonceVerification
	$total   = iop_widgets_count( $search );
	$rows    = iop_widgets_list( 50, ( $page - 1 ) * 50, $search );
	$columns = iop_widgets_columns();
	$export  = wp_nonce_url( add_query_arg( array_filter( array( 'action' => 'iop_widgets_export', 's' => $search ), 'strlen' ), admin_url( 'admin-post.php' ) ), 'iop_widgets_export' );
	iop_widgets_audit( 'view', wp_list_pluck( $rows, 'id' ) );
	echo '<div class="wrap"><h1 class="wp-heading-inline">' . esc_html__( 'Appointment requests', 'iop-widgets' ) . '</h1> ';
	echo '<a class="page-title-action" id="iop-export" href="' . esc_url( $export ) . '">' . esc_html( '' === $search ? __( 'Export CSV', 'iop-widgets' ) : __( 'Export these as CSV', 'iop-widgets' ) ) . '</a><hr class="wp-header-end">';
	foreach ( array( 'handled' => __( 'Marked as handled.', 'iop-widgets' ), 'deleted' => __( 'Request deleted.', 'iop-widgets' ) ) as $flag => $text ) {
		if ( isset( $_GET[ $flag ] ) ) { // phpcs:ignore WordPress.Security.NonceVerification
			echo '<div class="notice notice-success"><p>' . esc_html( $text ) . '</p></div>';
		}
	}
	echo '<form method="get" class="search-form"><input type="hidden" name="page" value="iop-widgets-requests"><p class="search-box"><label for="iop-search">' . esc_html__( 'Find a person\'s requests (phone, email or name)', 'iop-widgets' ) . '</label> ';
	echo '<input type="search" id="iop-search" name="s" value="' . esc_attr( $search ) . '"> <button type="submit" class="button">' . esc_html__( 'Search', 'iop-widgets' ) . '</button></p></form>';
	/* translators: %d: number of requests. */
	echo '<p>' . esc_html( sprintf( _n( '%d request', '%d requests', $total, 'iop-widgets' ), $total ) ) . '</p>';
	// The screen groups the columns so a request reads as one row at laptop width; the CSV keeps them apart.
	// Whether a message may say who calls comes before the number: it decides how staff call.
	$groups = array(
		'created_at' => array( 'created_at' ),
		'name'       => array( 'name' ),
		'contact'    => array( 'leave_message', 'phone', 'email', 'contact_method', 'best_time', 'time_zone' ),
		'details'    => array( 'for_whom', 'program', 'insurance', 'member_id', 'policy_holder', 'telehealth', 'locale' ),
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
		echo '<tr><td colspan="' . esc_attr( (string) ( count( $heads ) + 1 ) ) . '">' . esc_html__( 'No requests found.', 'iop-widgets' ) . '</td></tr>';
	}
	foreach ( $rows as $row ) {
		echo '<tr data-request="' . esc_attr( $row->request_key ) . '">';
		foreach ( $groups as $group => $keys ) {
			$lines = array();
			foreach ( $keys as $key ) {
				$value = iop_widgets_display( $row, $key );
				if ( 'created_at' === $key ) {
					// The number the access log names it by.
					$value .= "\n#" . $row->id;
				}
				if ( '' !== $value ) {
					$lines[] = count( $keys ) > 1 ? $columns[ $key ] . ': ' . $value : $value;
				}
			}
			echo '<td data-col="' . esc_attr( $group ) . '">' . nl2br( esc_html( implode( "\n", $lines ) ) ) . '</td>';
		}
		echo '<td>';
		if ( $row->handled_at ) {
			echo esc_html( iop_widgets_site_time( $row->handled_at ) );
		} else {
			echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"><input type="hidden" name="action" value="iop_widgets_handled"><input type="hidden" name="id" value="' . esc_attr( $row->id ) . '">';
			wp_nonce_field( 'iop_widgets_handled_' . $row->id );
			echo '<button type="submit" class="button" data-action="handled">' . esc_html__( 'Mark handled', 'iop-widgets' ) . '</button></form>';
		}
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" onsubmit="return confirm(' . esc_attr( wp_json_encode( __( 'Delete this request for good? This cannot be undone.', 'iop-widgets' ) ) ) . ')"><input type="hidden" name="action" value="iop_widgets_delete"><input type="hidden" name="id" value="' . esc_attr( $row->id ) . '">';
		wp_nonce_field( 'iop_widgets_delete_' . $row->id );
		echo '<button type="submit" class="button-link button-link-delete" data-action="delete">' . esc_html__( 'Delete', 'iop-widgets' ) . '</button></form>';
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
	iop_widgets_audit( 'handled', array( $id ) );
	wp_safe_redirect( admin_url( 'admin.php?page=iop-widgets-requests&handled=1' ) );
	exit;
}

function iop_widgets_delete() {
	$id = absint( $_POST['id'] ?? 0 );
	if ( ! current_user_can( IOP_WIDGETS_CAP ) ) {
		iop_widgets_forbidden();
	}
	check_admin_referer( 'iop_widgets_delete_' . $id );
	if ( iop_widgets_delete_rows( array( $id ) ) ) {
		iop_widgets_audit( 'delete', array( $id ) );
	}
	wp_safe_redirect( admin_url( 'admin.php?page=iop-widgets-requests&deleted=1' ) );
	exit;
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or line break before one) as a
 * formula, and splits cells at `,`, `;` or a tab, whichever the locale uses. So a quote goes
 * before any of those characters at the start of the value or after any separator or line break.
 */
function iop_widgets_csv_cell( $value ) {
	return preg_replace( '/(^|[,;\t\r\n|])(\s*)(?=[=+\-@])/u', "$1$2'", (string) $value );
}

function iop_widgets_export() {
	if ( ! current_user_can( IOP_WIDGETS_CAP ) ) {
		iop_widgets_forbidden();
	}
	check_admin_referer( 'iop_widgets_export' );
	$search = iop_widgets_search_term();
	nocache_headers();
	header( 'Content-Type: text/csv; charset=utf-8' );
	header( 'Content-Disposition: attachment; filename="appointment-requests-' . gmdate( 'Y-m-d' ) . '.csv"' );
	$out     = fopen( 'php://output', 'w' );
	$columns = iop_widgets_columns();
	$ids     = array();
	fwrite( $out, "\xEF\xBB\xBF" ); // So that Excel reads UTF-8 names right.
	fputcsv( $out, array_values( $columns ) );
	for ( $offset = 0; $rows = iop_widgets_list( 500, $offset, $search ); $offset += 500 ) { // phpcs:ignore Generic.CodeAnalysis
		foreach ( $rows as $row ) {
			$line = array();
			foreach ( array_keys( $columns ) as $key ) {
				$line[] = iop_widgets_csv_cell( iop_widgets_display( $row, $key ) );
			}
			fputcsv( $out, $line );
			$ids[] = $row->id;
		}
	}
	fclose( $out );
	iop_widgets_audit( 'export', $ids );
	exit;
}

/** Who read, exported, changed or deleted which requests: ids, users and times, no content. */
function iop_widgets_access_log_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to access this page.', 'iop-widgets' ), 403 );
	}
	$actions = array(
		'view'           => __( 'viewed the list', 'iop-widgets' ),
		'export'         => __( 'exported CSV', 'iop-widgets' ),
		'rest-read'      => __( 'read through the REST API', 'iop-widgets' ),
		'handled'        => __( 'marked handled', 'iop-widgets' ),
		'delete'         => __( 'deleted', 'iop-widgets' ),
		'privacy-export' => __( 'exported personal data (privacy tools)', 'iop-widgets' ),
		'privacy-erase'  => __( 'erased personal data (privacy tools)', 'iop-widgets' ),
		'purge'          => __( 'deleted after the retention period', 'iop-widgets' ),
	);
	echo '<div class="wrap"><h1>' . esc_html__( 'Access log', 'iop-widgets' ) . '</h1>';
	echo '<p>' . esc_html__( 'Every view, export, change and deletion of appointment requests: who, when, and which requests (by number). The last 200 are shown.', 'iop-widgets' ) . '</p>';
	echo '<table class="wp-list-table widefat striped" id="iop-access-log"><thead><tr><th scope="col">' . esc_html__( 'When', 'iop-widgets' ) . '</th><th scope="col">' . esc_html__( 'Who', 'iop-widgets' ) . '</th><th scope="col">' . esc_html__( 'What', 'iop-widgets' ) . '</th><th scope="col">' . esc_html__( 'Requests', 'iop-widgets' ) . '</th></tr></thead><tbody>';
	foreach ( iop_widgets_audit_list() as $entry ) {
		$user = $entry->user_id ? get_userdata( (int) $entry->user_id ) : null;
		$who  = $entry->user_id ? ( $user ? $user->user_login : '#' . $entry->user_id ) : __( 'the site (automatic)', 'iop-widgets' );
		echo '<tr data-action="' . esc_attr( $entry->action ) . '"><td>' . esc_html( iop_widgets_site_time( $entry->logged_at ) ) . '</td><td>' . esc_html( $who ) . '</td><td>' . esc_html( $actions[ $entry->action ] ?? $entry->action ) . '</td><td>' . esc_html( '' === $entry->request_ids ? '-' : str_replace( ',', ', ', $entry->request_ids ) ) . '</td></tr>';
	}
	echo '</tbody></table></div>';
}

/** On the Plugins screen: what deleting the plugin keeps, before anyone deletes it. */
function iop_widgets_plugin_row_meta( $meta, $file ) {
	if ( plugin_basename( IOP_WIDGETS_FILE ) !== $file || ! current_user_can( 'manage_options' ) ) {
		return $meta;
	}
	$count  = iop_widgets_count();
	$link   = '<a href="' . esc_url( admin_url( 'options-general.php?page=iop-widgets-settings' ) ) . '">' . esc_html__( 'Settings', 'iop-widgets' ) . '</a>';
	$meta[] = '<span id="iop-uninstall-note">' . ( iop_widgets_settings()['delete_on_uninstall']
		/* translators: 1: number of requests; 2: link to the settings. */
		? sprintf( esc_html__( 'Deleting this plugin deletes its %1$s appointment requests and the access log (%2$s).', 'iop-widgets' ), esc_html( (string) $count ), $link )
		/* translators: 1: number of requests; 2: link to the settings. */
		: sprintf( esc_html__( 'Deleting this plugin keeps its %1$s appointment requests and the access log in the database (%2$s).', 'iop-widgets' ), esc_html( (string) $count ), $link ) ) . '</span>';
	return $meta;
}
