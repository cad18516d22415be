<?php
/**
 * The plugin's own table of appointment requests.
 *
 * Requests are health information: they stay in this table, out of posts, options and logs, and
 * no query here lets the database print them (errors are suppressed around every write).
 *
 * @package IopWidgets
 */

defined( 'ABSPATH' ) || exit;

function iop_widgets_table() {
	global $wpdb;
	return $wpdb->prefix . 'iop_requests';
}

/**
 * Creates the table. The keys compare byte for byte (the `_bin` collation of the site's own
 * character set): under the usual case-insensitive collation two UUIDs that differ only in case
 * would count as one key. Not ASCII: a table that mixes character sets makes wpdb strip every
 * non-ASCII letter from its queries, and "García" could not be stored.
 */
function iop_widgets_create_table() {
	global $wpdb;
	$table   = iop_widgets_table();
	$charset = $wpdb->get_charset_collate();
	$binary  = 'CHARACTER SET ' . $wpdb->charset . ' COLLATE ' . $wpdb->charset . '_bin';
	$wpdb->query(
		"CREATE TABLE IF NOT EXISTS {$table} (
			id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
			request_key varchar(100) {$binary} NOT NULL,
			created_at datetime NOT NULL,
			client_hash char(64) {$binary} NOT NULL,
			handled_at datetime NULL DEFAULT NULL,
			handled_by bigint(20) unsigned NULL DEFAULT NULL,
			name varchar(200) NOT NULL,
			phone varchar(40) NOT NULL DEFAULT '',
			email varchar(254) NOT NULL DEFAULT '',
			contact_method varchar(10) NOT NULL DEFAULT '',
			best_time varchar(10) NOT NULL DEFAULT '',
			for_whom varchar(20) NOT NULL DEFAULT '',
			program varchar(200) NOT NULL DEFAULT '',
			insurance varchar(200) NOT NULL DEFAULT '',
			telehealth tinyint(1) NOT NULL DEFAULT 0,
			message text NOT NULL,
			consent tinyint(1) NOT NULL DEFAULT 0,
			locale varchar(35) NOT NULL DEFAULT '',
			submitted_at varchar(40) NOT NULL DEFAULT '',
			PRIMARY KEY (id),
			UNIQUE KEY request_key (request_key),
			KEY client_created (client_hash, created_at),
			KEY email (email)
		) {$charset}"
	); // phpcs:ignore WordPress.DB
	update_option( 'iop_widgets_db_version', 1 );
}

/** Runs `$write` with database errors neither printed nor logged: the query text holds the request. */
function iop_widgets_quietly( callable $write ) {
	global $wpdb;
	$was = $wpdb->suppress_errors( true );
	try {
		return $write();
	} finally {
		$wpdb->suppress_errors( $was );
	}
}

/**
 * Stores a request once per key. A second request with the same key, even at the same moment,
 * changes nothing: the unique key decides, not a look-up before the insert.
 *
 * @param array<string, mixed> $row Column values, `request_key` included.
 * @return bool|null True when stored now, false when the key was already there, null on failure.
 */
function iop_widgets_insert( array $row ) {
	global $wpdb;
	$table   = iop_widgets_table();
	$columns = array_keys( $row );
	$formats = array_map(
		static function ( $value ) {
			return is_int( $value ) ? '%d' : '%s';
		},
		$row
	);
	$sql = $wpdb->prepare(
		"INSERT INTO {$table} (" . implode( ', ', $columns ) . ') VALUES (' . implode( ', ', $formats ) . ') ON DUPLICATE KEY UPDATE id = id', // phpcs:ignore WordPress.DB
		array_values( $row )
	);
	$done = iop_widgets_quietly(
		static function () use ( $wpdb, $sql ) {
			return $wpdb->query( $sql ); // phpcs:ignore WordPress.DB
		}
	);
	if ( false === $done ) {
		return null;
	}
	// MariaDB counts 1 for an insert and 0 for a duplicate left unchanged.
	return 1 === (int) $done;
}

/** Requests stored from this client address within the last `$seconds`. */
function iop_widgets_recent_count( $client_hash, $seconds ) {
	global $wpdb;
	$table = iop_widgets_table();
	return (int) $wpdb->get_var(
		$wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE client_hash = %s AND created_at > %s", $client_hash, gmdate( 'Y-m-d H:i:s', time() - $seconds ) ) // phpcs:ignore WordPress.DB
	);
}

/** A keyed hash of the client's address: enough to throttle, useless to identify anyone. */
function iop_widgets_client_hash() {
	$address = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
	/** Filters the client address used for throttling (behind a trusted proxy, return its forwarded address). */
	$address = (string) apply_filters( 'iop_widgets_client_address', $address );
	return hash_hmac( 'sha256', $address, wp_salt( 'nonce' ) );
}

/** @return array<int, object> Newest first. */
function iop_widgets_list( $limit = 50, $offset = 0 ) {
	global $wpdb;
	$table = iop_widgets_table();
	return $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} ORDER BY id DESC LIMIT %d OFFSET %d", $limit, $offset ) ); // phpcs:ignore WordPress.DB
}

function iop_widgets_count() {
	global $wpdb;
	return (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . iop_widgets_table() ); // phpcs:ignore WordPress.DB
}

function iop_widgets_mark_handled( $id, $user_id ) {
	global $wpdb;
	return iop_widgets_quietly(
		static function () use ( $wpdb, $id, $user_id ) {
			return $wpdb->update( iop_widgets_table(), array( 'handled_at' => current_time( 'mysql', true ), 'handled_by' => $user_id ), array( 'id' => $id ), array( '%s', '%d' ), array( '%d' ) );
		}
	);
}
