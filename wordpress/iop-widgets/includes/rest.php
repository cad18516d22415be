<?php
/**
 * The form's default endpoint, POST /wp-json/iop-widgets/v1/requests, and a capability-checked
 * GET of the stored requests for staff tools.
 *
 * Answers: 201 stored, 200 the same request again (same `requestId` / `Idempotency-Key`), 400 with
 * `{ code, message, errors: { field: message } }`, 429 with Retry-After when one client address
 * sends too many new requests.
 *
 * @package IopWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'rest_api_init', 'iop_widgets_rest_routes' );

function iop_widgets_rest_routes() {
	register_rest_route(
		'iop-widgets/v1',
		'/requests',
		array(
			array(
				'methods'             => 'POST',
				'callback'            => 'iop_widgets_receive',
				'permission_callback' => '__return_true',
			),
			array(
				'methods'             => 'GET',
				'callback'            => 'iop_widgets_rest_list',
				'permission_callback' => 'iop_widgets_rest_can_read',
			),
		)
	);
}

/** Anonymous visitors get 403 too, not WordPress's usual 401: there is nothing to log in to here. */
function iop_widgets_rest_can_read() {
	return current_user_can( IOP_WIDGETS_CAP ) ? true : new WP_Error( 'iop_widgets_forbidden', __( 'Sorry, you are not allowed to read appointment requests.', 'iop-widgets' ), array( 'status' => 403 ) );
}

function iop_widgets_rest_list( WP_REST_Request $request ) {
	$rows = array_map(
		static function ( $row ) {
			unset( $row->client_hash ); // Only the throttle needs it.
			return $row;
		},
		iop_widgets_list( 100, 0 )
	);
	$response = rest_ensure_response( $rows );
	$response->header( 'Cache-Control', 'no-store' );
	return $response;
}

/** The fields of a request: type, the longest value, and for choices the allowed values. */
function iop_widgets_fields() {
	return array(
		'name'          => array( 'max' => 200 ),
		'phone'         => array( 'max' => 40 ),
		'email'         => array( 'max' => 254 ),
		'contactMethod' => array( 'choices' => array( 'phone', 'text', 'email' ) ),
		'bestTime'      => array( 'choices' => array( 'morning', 'afternoon', 'evening' ) ),
		'forWhom'       => array( 'choices' => array( 'self', 'someone-else' ) ),
		'program'       => array( 'max' => 200 ),
		'insurance'     => array( 'max' => 200 ),
		'telehealth'    => array( 'bool' => true ),
		'message'       => array( 'max' => 2000 ),
		'consent'       => array( 'bool' => true ),
		'submittedAt'   => array( 'max' => 40 ),
		'locale'        => array( 'max' => 35 ),
	);
}

/**
 * Checks a request the way the form does, plus lengths.
 *
 * @param array<string, mixed> $body The decoded body.
 * @return array{0: array<string, string|bool>, 1: array<string, string>} The clean values, and errors by field.
 */
function iop_widgets_validate( array $body ) {
	$values = array();
	$errors = array();
	foreach ( iop_widgets_fields() as $field => $rule ) {
		$raw = $body[ $field ] ?? '';
		if ( isset( $rule['bool'] ) ) {
			$values[ $field ] = true === $raw || 'true' === $raw || '1' === $raw || 1 === $raw;
			continue;
		}
		if ( ! is_scalar( $raw ) ) {
			$errors[ $field ] = __( 'This value is not text.', 'iop-widgets' );
			continue;
		}
		$value = trim( (string) $raw );
		if ( preg_match( '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/', $value ) || ( '' !== $value && '' === wp_check_invalid_utf8( $value ) ) ) {
			$errors[ $field ] = __( 'This value has characters that are not allowed.', 'iop-widgets' );
		} elseif ( isset( $rule['max'] ) && mb_strlen( $value ) > $rule['max'] ) {
			/* translators: %d: the longest length allowed. */
			$errors[ $field ] = sprintf( __( 'Please use at most %d characters.', 'iop-widgets' ), $rule['max'] );
		} elseif ( isset( $rule['choices'] ) && '' !== $value && ! in_array( $value, $rule['choices'], true ) ) {
			$errors[ $field ] = __( 'Please choose one of the options.', 'iop-widgets' );
		}
		$values[ $field ] = $value;
	}
	if ( ! isset( $errors['name'] ) && '' === $values['name'] ) {
		$errors['name'] = __( 'Please fill in your name.', 'iop-widgets' );
	}
	if ( ! isset( $errors['phone'] ) && '' !== $values['phone'] && ! iop_widgets_is_phone( $values['phone'] ) ) {
		$errors['phone'] = __( 'Please enter a phone number with its area code.', 'iop-widgets' );
	}
	if ( ! isset( $errors['email'] ) && '' !== $values['email'] && ! is_email( $values['email'] ) ) {
		$errors['email'] = __( 'Please enter an email address like name@example.com.', 'iop-widgets' );
	}
	if ( '' === $values['phone'] && '' === $values['email'] && ! isset( $errors['phone'] ) && ! isset( $errors['email'] ) ) {
		$errors['phone'] = __( 'Please give a phone number or an email address.', 'iop-widgets' );
	}
	if ( ! $values['consent'] ) {
		$errors['consent'] = __( 'Please agree to be contacted.', 'iop-widgets' );
	}
	return array( $values, $errors );
}

/** JSON or urlencoded, from the body only: a field value in the URL would end up in logs. */
function iop_widgets_body( WP_REST_Request $request ) {
	$json = $request->get_json_params();
	if ( is_array( $json ) ) {
		return $json;
	}
	$body = $request->get_body_params();
	return is_array( $body ) ? wp_unslash( $body ) : array();
}

function iop_widgets_error( $status, $code, $message, array $errors = array() ) {
	$data = array(
		'code'    => $code,
		'message' => $message,
	);
	if ( $errors ) {
		$data['errors'] = $errors;
	}
	$response = new WP_REST_Response( $data, $status );
	$response->header( 'Cache-Control', 'no-store' );
	return $response;
}

function iop_widgets_receive( WP_REST_Request $request ) {
	$body   = iop_widgets_body( $request );
	$header = trim( (string) $request->get_header( 'idempotency_key' ) );
	$id     = is_scalar( $body['requestId'] ?? null ) ? trim( (string) $body['requestId'] ) : '';
	$key    = '' !== $header ? $header : $id;

	// A bot fills the field people cannot see: it is told "received", and nothing is kept.
	if ( ! empty( $body['iop_website'] ) ) {
		return new WP_REST_Response( array( 'status' => 'received' ), 201 );
	}
	$errors = array();
	if ( ! preg_match( '/^[A-Za-z0-9_-]{8,100}$/', $key ) ) {
		$errors['requestId'] = __( 'A request needs an id (a UUID) in requestId or Idempotency-Key.', 'iop-widgets' );
	} elseif ( '' !== $header && '' !== $id && $header !== $id ) {
		$errors['requestId'] = __( 'requestId and Idempotency-Key differ.', 'iop-widgets' );
	}
	list( $values, $field_errors ) = iop_widgets_validate( $body );
	$errors += $field_errors;
	if ( $errors ) {
		return iop_widgets_error( 400, 'iop_widgets_invalid', __( 'Some fields need attention.', 'iop-widgets' ), $errors );
	}

	$client = iop_widgets_client_hash();
	/**
	 * Filters the throttle: at most `limit` new requests per client address per `window` seconds.
	 * A replay of a stored request is always answered, whatever the count.
	 */
	$throttle = apply_filters(
		'iop_widgets_throttle',
		array(
			'limit'  => 10,
			'window' => HOUR_IN_SECONDS,
		)
	);
	$row      = array(
		'request_key'    => $key,
		'created_at'     => current_time( 'mysql', true ),
		'client_hash'    => $client,
		'name'           => $values['name'],
		'phone'          => $values['phone'],
		'email'          => $values['email'],
		'contact_method' => $values['contactMethod'],
		'best_time'      => $values['bestTime'],
		'for_whom'       => $values['forWhom'],
		'program'        => $values['program'],
		'insurance'      => $values['insurance'],
		'telehealth'     => $values['telehealth'] ? 1 : 0,
		'message'        => $values['message'],
		'consent'        => 1,
		'locale'         => $values['locale'],
		'submitted_at'   => $values['submittedAt'],
	);
	if ( iop_widgets_exists( $key ) ) {
		return iop_widgets_accepted( 200 );
	}
	if ( iop_widgets_recent_count( $client, (int) $throttle['window'] ) >= (int) $throttle['limit'] ) {
		$response = iop_widgets_error( 429, 'iop_widgets_throttled', __( 'Too many requests from this address. Please call us instead.', 'iop-widgets' ) );
		$response->header( 'Retry-After', (string) min( 60, (int) $throttle['window'] ) );
		return $response;
	}
	$stored = iop_widgets_insert( $row );
	if ( null === $stored ) {
		return iop_widgets_error( 503, 'iop_widgets_unavailable', __( 'The request could not be stored. Please try again.', 'iop-widgets' ) );
	}
	if ( $stored ) {
		iop_widgets_notify_staff();
	}
	return iop_widgets_accepted( $stored ? 201 : 200 );
}

function iop_widgets_exists( $key ) {
	global $wpdb;
	$table = iop_widgets_table();
	return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE request_key = %s", $key ) ); // phpcs:ignore WordPress.DB
}

function iop_widgets_accepted( $status ) {
	$response = new WP_REST_Response( array( 'status' => 201 === $status ? 'received' : 'already-received' ), $status );
	$response->header( 'Cache-Control', 'no-store' );
	return $response;
}

/** Tells staff that a request arrived: a link, never its content (email is not a safe channel). */
function iop_widgets_notify_staff() {
	$to = iop_widgets_settings()['notify'];
	if ( ! is_email( $to ) ) {
		return;
	}
	$site = wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES );
	/* translators: %s: the site's name. */
	$subject = sprintf( __( '[%s] New appointment request', 'iop-widgets' ), $site );
	$body    = __( 'A new appointment request arrived. For privacy, its details are not in this email. Read it here (log in first):', 'iop-widgets' ) . "\n\n" . admin_url( 'admin.php?page=iop-widgets-requests' ) . "\n";
	wp_mail( $to, $subject, $body );
}
