<?php
/**
 * The plugin's own tables: the appointment requests, and the access log of who read them.
 *
 * Requests are health information: they stay in this table, out of posts, options and logs, and
 * no query here lets the database print them (errors are suppressed around every write).
 *
 * @package IopWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The schema's version: a site whose stored version is lower is upgraded on its next request. */
define( 'IOP_WIDGETS_DB_VERSION', 2 );

function iop_widgets_table() {
	global $wpdb;
	return $wpdb->prefix . 'iop_requests';
}

function iop_widgets_audit_table() {
	global $wpdb;
	return $wpdb->prefix . 'iop_audit';
}

/**
 * Creates or upgrades both tables with dbDelta (it adds missing columns and keys, and never drops
 * one). The keys compare byte for byte (the `_bin` collation of the site's own character set):
 * under the usual case-insensitive collation two UUIDs that differ only in case would count as one
 * key. Not ASCII: a table that mixes character sets makes wpdb strip every non-ASCII letter from
 * its queries, and "García" could not be stored.
 */
function iop_widgets_create_table() {
	global $wpdb;
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$table   = iop_widgets_table();
	$audit   = iop_widgets_audit_table();
	$charset = $wpdb->get_charset_collate();
	$binary  = 'CHARACTER SET ' . $wpdb->charset . ' COLLATE ' . $wpdb->charset . '_bin';
	iop_widgets_quietly(
		static function () use ( $table, $audit, $charset, $binary ) {
			dbDelta(
				"CREATE TABLE {$table} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
request_key varchar(100) {$binary} NOT NULL,
body_hash char(64) {$binary} NOT NULL DEFAULT '',
created_at datetime NOT NULL,
client_hash char(64) {$binary} NOT NULL DEFAULT '',
handled_at datetime NULL DEFAULT NULL,
handled_by bigint(20) unsigned NULL DEFAULT NULL,
name varchar(200) NOT NULL,
phone varchar(40) NOT NULL DEFAULT '',
phone_digits varchar(16) NOT NULL DEFAULT '',
email varchar(254) NOT NULL DEFAULT '',
contact_method varchar(10) NOT NULL DEFAULT '',
leave_message varchar(3) NOT NULL DEFAULT '',
best_time varchar(10) NOT NULL DEFAULT '',
for_whom varchar(20) NOT NULL DEFAULT '',
program varchar(200) NOT NULL DEFAULT '',
insurance varchar(200) NOT NULL DEFAULT '',
member_id varchar(60) NOT NULL DEFAULT '',
policy_holder varchar(10) NOT NULL DEFAULT '',
telehealth tinyint(1) NOT NULL DEFAULT 0,
message text NOT NULL,
consent tinyint(1) NOT NULL DEFAULT 0,
locale varchar(35) NOT NULL DEFAULT '',
time_zone varchar(64) NOT NULL DEFAULT '',
submitted_at varchar(40) NOT NULL DEFAULT '',
PRIMARY KEY  (id),
UNIQUE KEY request_key (request_key),
KEY client_created (client_hash,created_at),
KEY created_at (created_at),
KEY phone_digits (phone_digits),
KEY email (email)
) {$charset};
CREATE TABLE {$audit} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
logged_at datetime NOT NULL,
user_id bigint(20) unsigned NOT NULL DEFAULT 0,
action varchar(20) NOT NULL DEFAULT '',
request_ids text NOT NULL,
PRIMARY KEY  (id),
KEY logged_at (logged_at)
) {$charset};"
			);
		}
	);
	// Rows from version 1 get the digits the privacy tools search by.
	foreach ( (array) $wpdb->get_results( "SELECT id, phone FROM {$table} WHERE phone_digits = '' AND phone <> ''" ) as $old ) { // phpcs:ignore WordPress.DB
		iop_widgets_quietly(
			static function () use ( $wpdb, $table, $old ) {
				return $wpdb->update( $table, array( 'phone_digits' => iop_widgets_phone_digits( $old->phone ) ), array( 'id' => $old->id ) );
			}
		);
	}
	update_option( 'iop_widgets_db_version', IOP_WIDGETS_DB_VERSION );
	if ( ! wp_next_scheduled( 'iop_widgets_daily' ) ) {
		wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', 'iop_widgets_daily' );
	}
}

add_action( 'plugins_loaded', 'iop_widgets_upgrade' );

/** An update of the plugin does not run the activation hook: the stored schema version decides. */
function iop_widgets_upgrade() {
	if ( (int) get_option( 'iop_widgets_db_version', 0 ) < IOP_WIDGETS_DB_VERSION ) {
		iop_widgets_create_table();
	}
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

/** The digits a phone number dials, as stored for the privacy tools' search. */
function iop_widgets_phone_digits( $phone ) {
	return substr( preg_replace( '/\D/', '', (string) $phone ), 0, 16 );
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

/** The stored request with this key (its body hash and client hash), or null. */
function iop_widgets_find_key( $key ) {
	global $wpdb;
	$table = iop_widgets_table();
	return $wpdb->get_row( $wpdb->prepare( "SELECT id, body_hash, client_hash FROM {$table} WHERE request_key = %s", $key ) ); // phpcs:ignore WordPress.DB
}

/** Requests stored from this client address within the last `$seconds`. */
function iop_widgets_recent_count( $client_hash, $seconds ) {
	global $wpdb;
	$table = iop_widgets_table();
	return (int) $wpdb->get_var(
		$wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE client_hash = %s AND created_at > %s", $client_hash, gmdate( 'Y-m-d H:i:s', time() - $seconds ) ) // phpcs:ignore WordPress.DB
	);
}

/**
 * Seconds until this client may send again: until the oldest request that keeps it at the limit
 * leaves the window (what Retry-After must say, not a guess).
 */
function iop_widgets_retry_after( $client_hash, $seconds, $limit ) {
	global $wpdb;
	$table  = iop_widgets_table();
	$count  = iop_widgets_recent_count( $client_hash, $seconds );
	$oldest = $wpdb->get_var(
		$wpdb->prepare( "SELECT created_at FROM {$table} WHERE client_hash = %s AND created_at > %s ORDER BY created_at ASC LIMIT 1 OFFSET %d", $client_hash, gmdate( 'Y-m-d H:i:s', time() - $seconds ), max( 0, $count - $limit ) ) // phpcs:ignore WordPress.DB
	);
	$until = $oldest ? strtotime( $oldest . ' UTC' ) + $seconds - time() : $seconds;
	return max( 1, min( $seconds, (int) $until ) );
}

/**
 * Clears the client hash of requests older than the throttle's window: it is needed only while the
 * limit counts them, and with the database and the site's salts it could be turned back into the
 * visitor's address.
 */
function iop_widgets_forget_clients( $seconds ) {
	global $wpdb;
	$table = iop_widgets_table();
	iop_widgets_quietly(
		static function () use ( $wpdb, $table, $seconds ) {
			return $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET client_hash = '' WHERE client_hash <> '' AND created_at <= %s", gmdate( 'Y-m-d H:i:s', time() - $seconds ) ) ); // phpcs:ignore WordPress.DB
		}
	);
}

/** The throttle: at most `limit` new requests per client address per `window` seconds. */
function iop_widgets_throttle() {
	/**
	 * Filters the throttle (array with `limit` and `window` in seconds). A clinic whose visitors
	 * share one address (a NAT) may raise the limit here.
	 */
	$throttle = apply_filters(
		'iop_widgets_throttle',
		array(
			'limit'  => 10,
			'window' => HOUR_IN_SECONDS,
		)
	);
	return array(
		'limit'  => max( 1, (int) $throttle['limit'] ),
		'window' => max( 60, (int) $throttle['window'] ),
	);
}

/** Whether `$ip` is in one of the addresses or CIDR ranges in `$ranges`. */
function iop_widgets_ip_in( $ip, array $ranges ) {
	$packed = @inet_pton( $ip ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
	if ( false === $packed ) {
		return false;
	}
	foreach ( $ranges as $range ) {
		$parts = explode( '/', trim( $range ), 2 );
		$net   = @inet_pton( $parts[0] ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
		if ( false === $net || strlen( $net ) !== strlen( $packed ) ) {
			continue;
		}
		$bits = isset( $parts[1] ) ? (int) $parts[1] : strlen( $net ) * 8;
		$full = intdiv( $bits, 8 );
		if ( substr( $net, 0, $full ) !== substr( $packed, 0, $full ) ) {
			continue;
		}
		$rest = $bits % 8;
		if ( 0 === $rest || ( ( ord( $net[ $full ] ) ^ ord( $packed[ $full ] ) ) & ( 0xFF << ( 8 - $rest ) ) & 0xFF ) === 0 ) {
			return true;
		}
	}
	return false;
}

/**
 * The visitor's address. `REMOTE_ADDR`, unless it is one of the trusted proxies of the settings:
 * then X-Forwarded-For read from the right, skipping trusted proxies (the left part of that header
 * is whatever the visitor wrote). Without trusted proxies the header is ignored: anyone can send it.
 */
function iop_widgets_client_address() {
	$address = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
	$trusted = iop_widgets_settings()['proxies'];
	if ( $trusted && iop_widgets_ip_in( $address, $trusted ) && isset( $_SERVER['HTTP_X_FORWARDED_FOR'] ) ) {
		$chain = array_reverse( array_map( 'trim', explode( ',', sanitize_text_field( wp_unslash( $_SERVER['HTTP_X_FORWARDED_FOR'] ) ) ) ) );
		foreach ( $chain as $hop ) {
			if ( ! filter_var( $hop, FILTER_VALIDATE_IP ) ) {
				break;
			}
			$address = $hop;
			if ( ! iop_widgets_ip_in( $hop, $trusted ) ) {
				break;
			}
		}
	}
	/** Filters the client address used for throttling (e.g. from a CDN's own header). */
	return (string) apply_filters( 'iop_widgets_client_address', $address );
}

/**
 * A keyed hash of the client's address: enough to throttle for an hour, then cleared. An IPv6
 * address counts by its /64, the block one household or phone is given.
 */
function iop_widgets_client_hash() {
	$address = iop_widgets_client_address();
	$packed  = @inet_pton( $address ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
	if ( false !== $packed && 16 === strlen( $packed ) ) {
		$address = inet_ntop( substr( $packed, 0, 8 ) . str_repeat( "\0", 8 ) ) . '/64';
	}
	return hash_hmac( 'sha256', $address, wp_salt( 'nonce' ) );
}

/**
 * A WHERE clause for the admin's search: a phone number by its digits, else email or name.
 *
 * @return array{0: string, 1: array<int, string>} The clause and its arguments.
 */
function iop_widgets_search_clause( $search ) {
	global $wpdb;
	$search = trim( (string) $search );
	if ( '' === $search ) {
		return array( '1=1', array() );
	}
	$digits = iop_widgets_phone_digits( $search );
	if ( strlen( $digits ) >= 7 && ! preg_match( '/[a-z@]/i', $search ) ) {
		// The last ten digits: "+1 555 010 0142" finds "(555) 010-0142".
		return array( 'phone_digits LIKE %s', array( '%' . $wpdb->esc_like( substr( $digits, -10 ) ) ) );
	}
	$like = '%' . $wpdb->esc_like( $search ) . '%';
	return array( '(email LIKE %s OR name LIKE %s)', array( $like, $like ) );
}

/** @return array<int, object> Newest first. */
function iop_widgets_list( $limit = 50, $offset = 0, $search = '' ) {
	global $wpdb;
	$table                  = iop_widgets_table();
	list( $where, $params ) = iop_widgets_search_clause( $search );
	return $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE {$where} ORDER BY id DESC LIMIT %d OFFSET %d", array_merge( $params, array( $limit, $offset ) ) ) ); // phpcs:ignore WordPress.DB
}

function iop_widgets_count( $search = '' ) {
	global $wpdb;
	$table                  = iop_widgets_table();
	list( $where, $params ) = iop_widgets_search_clause( $search );
	$sql                    = "SELECT COUNT(*) FROM {$table} WHERE {$where}";
	return (int) $wpdb->get_var( $params ? $wpdb->prepare( $sql, $params ) : $sql ); // phpcs:ignore WordPress.DB
}

function iop_widgets_mark_handled( $id, $user_id ) {
	global $wpdb;
	return iop_widgets_quietly(
		static function () use ( $wpdb, $id, $user_id ) {
			return $wpdb->update( iop_widgets_table(), array( 'handled_at' => current_time( 'mysql', true ), 'handled_by' => $user_id ), array( 'id' => $id ), array( '%s', '%d' ), array( '%d' ) );
		}
	);
}

/** Deletes requests by id; returns how many. */
function iop_widgets_delete_rows( array $ids ) {
	global $wpdb;
	$ids = array_values( array_filter( array_map( 'absint', $ids ) ) );
	if ( ! $ids ) {
		return 0;
	}
	$table = iop_widgets_table();
	$in    = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
	return (int) iop_widgets_quietly(
		static function () use ( $wpdb, $table, $in, $ids ) {
			return $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE id IN ({$in})", $ids ) ); // phpcs:ignore WordPress.DB
		}
	);
}

/**
 * Records who read, exported, changed or deleted which requests (ids only, never their content):
 * the access log a facility's privacy officer is asked for first.
 *
 * @param string     $action  view, export, rest-read, handled, delete, privacy-export, privacy-erase or purge.
 * @param array<int> $ids     The requests concerned.
 * @param int|null   $user_id Who; the current user when null (0: the site itself, e.g. the retention purge).
 */
function iop_widgets_audit( $action, array $ids, $user_id = null ) {
	global $wpdb;
	$row = array(
		'logged_at'   => current_time( 'mysql', true ),
		'user_id'     => null === $user_id ? get_current_user_id() : (int) $user_id,
		'action'      => $action,
		'request_ids' => implode( ',', array_map( 'absint', $ids ) ),
	);
	iop_widgets_quietly(
		static function () use ( $wpdb, $row ) {
			return $wpdb->insert( iop_widgets_audit_table(), $row, array( '%s', '%d', '%s', '%s' ) );
		}
	);
}

/** @return array<int, object> The access log, newest first. */
function iop_widgets_audit_list( $limit = 200, $offset = 0 ) {
	global $wpdb;
	$table = iop_widgets_audit_table();
	return $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} ORDER BY id DESC LIMIT %d OFFSET %d", $limit, $offset ) ); // phpcs:ignore WordPress.DB
}

add_action( 'iop_widgets_daily', 'iop_widgets_housekeeping' );

/**
 * Once a day (and whenever staff open the requests): forgets client addresses past the throttle's
 * window, and deletes requests handled longer ago than the retention setting, if one is set.
 */
function iop_widgets_housekeeping() {
	global $wpdb;
	iop_widgets_forget_clients( max( HOUR_IN_SECONDS, iop_widgets_throttle()['window'] ) );
	$days = (int) iop_widgets_settings()['retention_days'];
	if ( $days <= 0 ) {
		return;
	}
	$table = iop_widgets_table();
	$ids   = $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE handled_at IS NOT NULL AND handled_at < %s", gmdate( 'Y-m-d H:i:s', time() - $days * DAY_IN_SECONDS ) ) ); // phpcs:ignore WordPress.DB
	if ( $ids && iop_widgets_delete_rows( $ids ) ) {
		iop_widgets_audit( 'purge', $ids, 0 );
	}
}
