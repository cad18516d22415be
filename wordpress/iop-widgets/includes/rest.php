<?php
/**
 * The form's default endpoint, POST /wp-json/iop-widgets/v1/requests, and a capability-checked
 * GET of the stored requests for staff tools.
 *
 * Answers: 201 stored, 200 the same request again (same `requestId` / `Idempotency-Key` and the
 * same values), 409 for a key already used with other values, 400 with
 * `{ code, message, errors: { field: message } }` in the request's language, 429 with the seconds
 * until the limit frees up in Retry-After when one client address sends too many new requests. A
 * browser's own post (no script: urlencoded, `Accept: text/html`) is answered 303 to a confirmation.
 *
 * @package IopWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'rest_api_init', 'iop_widgets_rest_routes' );
add_filter( 'rest_allowed_cors_headers', 'iop_widgets_cors_headers' );

/** The kit on another site sends Idempotency-Key: its preflight must allow it. */
function iop_widgets_cors_headers( $headers ) {
	$headers[] = 'Idempotency-Key';
	return $headers;
}

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
			unset( $row->client_hash, $row->body_hash ); // Only the throttle and the replay check need them.
			return $row;
		},
		iop_widgets_list( 100, 0 )
	);
	iop_widgets_audit( 'rest-read', wp_list_pluck( $rows, 'id' ) );
	$response = rest_ensure_response( $rows );
	$response->header( 'Cache-Control', 'no-store' );
	return $response;
}

/**
 * The fields of a request: the longest value, for choices the allowed values, `line` for one-line
 * text (no line breaks, tabs or other controls).
 */
function iop_widgets_fields() {
	return array(
		'name'          => array( 'max' => 200, 'line' => true ),
		'phone'         => array( 'max' => 40, 'line' => true ),
		'email'         => array( 'max' => 254, 'line' => true ),
		'contactMethod' => array( 'choices' => array( 'phone', 'text', 'email' ) ),
		'leaveMessage'  => array( 'choices' => array( 'yes', 'no' ) ),
		'bestTime'      => array( 'choices' => array( 'morning', 'afternoon', 'evening' ) ),
		'forWhom'       => array( 'choices' => array( 'self', 'someone-else' ) ),
		'program'       => array( 'max' => 200, 'line' => true ),
		'insurance'     => array( 'max' => 200, 'line' => true ),
		'memberId'      => array( 'max' => 60, 'line' => true ),
		'policyHolder'  => array( 'choices' => array( 'self', 'parent', 'spouse', 'other' ) ),
		'telehealth'    => array( 'bool' => true ),
		'message'       => array( 'max' => 2000 ),
		'consent'       => array( 'bool' => true ),
		'submittedAt'   => array( 'max' => 40, 'line' => true ),
		'locale'        => array( 'max' => 35, 'line' => true ),
		'timeZone'      => array( 'max' => 64, 'line' => true ),
	);
}

/**
 * The visitor's messages in the request's language (`locale`): English, or Spanish for `es-*`.
 * Kept here rather than in a .mo file so a Spanish visitor on an English site reads Spanish.
 */
function iop_widgets_message( $key, $locale = 'en' ) {
	$messages = array(
		'text'     => array( __( 'This value is not text.', 'iop-widgets' ), 'Este valor no es texto.' ),
		'chars'    => array( __( 'This value has characters that are not allowed.', 'iop-widgets' ), 'Este valor tiene caracteres que no se permiten.' ),
		/* translators: %d: the longest length allowed. */
		'max'      => array( __( 'Please use at most %d characters.', 'iop-widgets' ), 'Use como máximo %d caracteres.' ),
		'choice'   => array( __( 'Please choose one of the options.', 'iop-widgets' ), 'Elija una de las opciones.' ),
		'name'     => array( __( 'Please fill in your name.', 'iop-widgets' ), 'Escriba su nombre.' ),
		'phone'    => array( __( 'Please enter a phone number with its area code.', 'iop-widgets' ), 'Escriba un número de teléfono con su código de área.' ),
		'email'    => array( __( 'Please enter an email address like name@example.com.', 'iop-widgets' ), 'Escriba un correo electrónico como nombre@ejemplo.com.' ),
		'reach'    => array( __( 'Please give a phone number or an email address.', 'iop-widgets' ), 'Indique un teléfono o un correo electrónico.' ),
		'consent'  => array( __( 'Please agree to be contacted.', 'iop-widgets' ), 'Acepte que nos comuniquemos con usted.' ),
		'invalid'  => array( __( 'Some fields need attention.', 'iop-widgets' ), 'Revise algunos campos.' ),
		'throttle' => array( __( 'Too many requests from this address. Please call us instead.', 'iop-widgets' ), 'Demasiadas solicitudes desde esta dirección. Por favor, llámenos.' ),
		'reused'   => array( __( 'A different request was already received with this id. Send it again as a new request.', 'iop-widgets' ), 'Ya se recibió otra solicitud con este identificador. Envíela de nuevo como una solicitud nueva.' ),
	);
	$pick = 0 === strpos( strtolower( (string) $locale ), 'es' ) ? 1 : 0;
	return $messages[ $key ][ $pick ];
}

/** Characters that show nothing: a name made only of them is no name. */
function iop_widgets_is_blank( $value ) {
	return '' === preg_replace( '/[\p{Z}\p{Cc}\p{Cf}\x{115F}\x{1160}\x{3164}\x{FFA0}\x{2800}\x{034F}\x{180E}]+/u', '', $value );
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
	$locale = isset( $body['locale'] ) && is_string( $body['locale'] ) ? $body['locale'] : 'en';
	$say    = static function ( $key ) use ( $locale ) {
		return iop_widgets_message( $key, $locale );
	};
	foreach ( iop_widgets_fields() as $field => $rule ) {
		$raw = $body[ $field ] ?? '';
		if ( isset( $rule['bool'] ) ) {
			$values[ $field ] = true === $raw || 'true' === $raw || '1' === $raw || 1 === $raw || 'on' === $raw;
			continue;
		}
		// Text only: `true` is not a name, and 1e400 is not a phone number.
		if ( ! is_string( $raw ) ) {
			$values[ $field ] = '';
			$errors[ $field ] = $say( 'text' );
			continue;
		}
		$value = trim( $raw );
		// C0 and C1 controls (one-line fields: line breaks and tabs too) and bidi overrides are refused.
		$controls = isset( $rule['line'] ) ? '[\x{00}-\x{1F}\x{7F}-\x{9F}' : '[\x{00}-\x{08}\x{0B}\x{0C}\x{0E}-\x{1F}\x{7F}-\x{9F}';
		if ( '' !== $value && ( ! preg_match( '//u', $value ) || preg_match( '/' . $controls . '\x{202A}-\x{202E}\x{2066}-\x{2069}\x{2028}\x{2029}]/u', $value ) ) ) {
			$errors[ $field ] = $say( 'chars' );
		} elseif ( isset( $rule['max'] ) && mb_strlen( $value ) > $rule['max'] ) {
			$errors[ $field ] = sprintf( $say( 'max' ), $rule['max'] );
		} elseif ( isset( $rule['choices'] ) && '' !== $value && ! in_array( $value, $rule['choices'], true ) ) {
			$errors[ $field ] = $say( 'choice' );
		}
		$values[ $field ] = $value;
	}
	if ( ! isset( $errors['name'] ) && iop_widgets_is_blank( $values['name'] ) ) {
		$errors['name'] = $say( 'name' );
	}
	if ( ! isset( $errors['phone'] ) && '' !== $values['phone'] && ! iop_widgets_is_phone( $values['phone'] ) ) {
		$errors['phone'] = $say( 'phone' );
	}
	if ( ! isset( $errors['email'] ) && '' !== $values['email'] && ! is_email( $values['email'] ) ) {
		$errors['email'] = $say( 'email' );
	}
	if ( '' === $values['phone'] && '' === $values['email'] && ! isset( $errors['phone'] ) && ! isset( $errors['email'] ) ) {
		$errors['phone'] = $say( 'reach' );
	}
	if ( ! $values['consent'] ) {
		$errors['consent'] = $say( 'consent' );
	}
	// The visitor's zone is a hint for staff: one PHP does not know is dropped, never a reason to lose the request.
	if ( ! isset( $errors['timeZone'] ) && '' !== $values['timeZone'] ) {
		try {
			new DateTimeZone( $values['timeZone'] );
		} catch ( Exception $e ) {
			$values['timeZone'] = '';
		}
	}
	return array( $values, $errors );
}

/**
 * JSON or urlencoded, from the body only: a field value in the URL would end up in logs. The REST
 * server has already unslashed the body parameters (a second wp_unslash would eat backslashes).
 */
function iop_widgets_body( WP_REST_Request $request ) {
	$json = $request->get_json_params();
	if ( is_array( $json ) ) {
		return $json;
	}
	$body = $request->get_body_params();
	return is_array( $body ) ? $body : array();
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

/** A browser's own form post (no script): urlencoded, asking for a page, with no Idempotency-Key. */
function iop_widgets_is_plain_post( WP_REST_Request $request ) {
	return ! is_array( $request->get_json_params() )
		&& '' === trim( (string) $request->get_header( 'idempotency_key' ) )
		&& false !== strpos( strtolower( (string) $request->get_header( 'accept' ) ), 'text/html' );
}

function iop_widgets_receive( WP_REST_Request $request ) {
	$body   = iop_widgets_body( $request );
	$plain  = iop_widgets_is_plain_post( $request );
	$header = trim( (string) $request->get_header( 'idempotency_key' ) );
	$id     = is_scalar( $body['requestId'] ?? null ) ? trim( (string) $body['requestId'] ) : '';
	$key    = '' !== $header ? $header : $id;
	$locale = isset( $body['locale'] ) && is_string( $body['locale'] ) ? $body['locale'] : 'en';

	// A bot fills the field people cannot see: it is told "received", and nothing is kept.
	if ( ! empty( $body['iop_website'] ) ) {
		return $plain ? iop_widgets_see_other( $request, true ) : new WP_REST_Response( array( 'status' => 'received' ), 201 );
	}
	list( $values, $errors ) = iop_widgets_validate( $body );
	// HTML served to many (a cached page) cannot give each visitor an id: the body makes one.
	if ( $plain && ! preg_match( '/^[A-Za-z0-9_-]{8,100}$/', $key ) ) {
		$key = 'html-' . substr( iop_widgets_body_hash( $values ), 0, 40 );
	}
	if ( ! preg_match( '/^[A-Za-z0-9_-]{8,100}$/', $key ) ) {
		$errors['requestId'] = __( 'A request needs an id (a UUID) in requestId or Idempotency-Key.', 'iop-widgets' );
	} elseif ( '' !== $header && '' !== $id && $header !== $id ) {
		$errors['requestId'] = __( 'requestId and Idempotency-Key differ.', 'iop-widgets' );
	}
	if ( $errors ) {
		return $plain ? iop_widgets_plain_errors( $errors, $locale ) : iop_widgets_error( 400, 'iop_widgets_invalid', iop_widgets_message( 'invalid', $locale ), $errors );
	}

	$client   = iop_widgets_client_hash();
	$throttle = iop_widgets_throttle();
	$hash     = iop_widgets_body_hash( $values );
	$row      = array(
		'request_key'    => $key,
		'body_hash'      => $hash,
		'created_at'     => current_time( 'mysql', true ),
		'client_hash'    => $client,
		'name'           => $values['name'],
		'phone'          => $values['phone'],
		'phone_digits'   => iop_widgets_phone_digits( $values['phone'] ),
		'email'          => $values['email'],
		'contact_method' => $values['contactMethod'],
		'leave_message'  => $values['leaveMessage'],
		'best_time'      => $values['bestTime'],
		'for_whom'       => $values['forWhom'],
		'program'        => $values['program'],
		'insurance'      => $values['insurance'],
		'member_id'      => $values['memberId'],
		'policy_holder'  => $values['policyHolder'],
		'telehealth'     => $values['telehealth'] ? 1 : 0,
		'message'        => $values['message'],
		'consent'        => 1,
		'locale'         => $values['locale'],
		'time_zone'      => $values['timeZone'],
		'submitted_at'   => $values['submittedAt'],
	);

	// One client at a time: the count and the insert under one lock, so parallel sends cannot overshoot the limit.
	global $wpdb;
	$lock = 'iop_widgets_' . substr( $client, 0, 40 );
	$wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, 10)', $lock ) );
	try {
		$limited = iop_widgets_recent_count( $client, $throttle['window'] ) >= $throttle['limit'];
		$known   = iop_widgets_find_key( $key );
		if ( $known && $plain && ! hash_equals( (string) $known->body_hash, $hash ) ) {
			// A cached page's form posted by another visitor with the same id: another request.
			$key                = substr( $key, 0, 50 ) . '-' . substr( $hash, 0, 40 );
			$row['request_key'] = $key;
			$known              = iop_widgets_find_key( $key );
		}
		// A limited address learns nothing about other clients' keys (no existence oracle).
		if ( $known && ! ( $limited && ! hash_equals( (string) $known->client_hash, $client ) ) ) {
			if ( '' === (string) $known->body_hash || hash_equals( (string) $known->body_hash, $hash ) ) {
				return $plain ? iop_widgets_see_other( $request, true ) : iop_widgets_accepted( 200 );
			}
			return iop_widgets_error( 409, 'iop_widgets_key_reused', iop_widgets_message( 'reused', $locale ) );
		}
		if ( $limited ) {
			$response = iop_widgets_error( 429, 'iop_widgets_throttled', iop_widgets_message( 'throttle', $locale ) );
			$response->header( 'Retry-After', (string) iop_widgets_retry_after( $client, $throttle['window'], $throttle['limit'] ) );
			return $response;
		}
		$stored = iop_widgets_insert( $row );
	} finally {
		$wpdb->get_var( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', $lock ) );
	}
	if ( null === $stored ) {
		return iop_widgets_error( 503, 'iop_widgets_unavailable', __( 'The request could not be stored. Please try again.', 'iop-widgets' ) );
	}
	iop_widgets_forget_clients( max( HOUR_IN_SECONDS, $throttle['window'] ) );
	if ( $stored ) {
		iop_widgets_notify_staff();
	}
	if ( $plain ) {
		return iop_widgets_see_other( $request, true );
	}
	return iop_widgets_accepted( $stored ? 201 : 200 );
}

/** What identifies a request's content: every value typed, not when it was sent. */
function iop_widgets_body_hash( array $values ) {
	unset( $values['submittedAt'] );
	ksort( $values );
	return hash( 'sha256', wp_json_encode( $values ) );
}

/**
 * A browser's post is answered with a 303 to a page of the facility's own site: the confirmation
 * page of the settings, else the page the form was on with `iop-sent=1`, which shows a confirmation.
 */
function iop_widgets_see_other( WP_REST_Request $request, $sent ) {
	$page = (int) iop_widgets_settings()['confirmation_page'];
	$to   = $page ? get_permalink( $page ) : '';
	if ( ! $to ) {
		$back = wp_validate_redirect( (string) $request->get_header( 'referer' ), home_url( '/' ) );
		$to   = add_query_arg( 'iop-sent', $sent ? '1' : '0', remove_query_arg( 'iop-sent', $back ) );
	}
	$response = new WP_REST_Response( null, 303 );
	$response->header( 'Location', $to );
	$response->header( 'Cache-Control', 'no-store' );
	return $response;
}

/** A no-script post with mistakes: a plain page that lists them, with the way back. */
function iop_widgets_plain_errors( array $errors, $locale ) {
	$es   = 0 === strpos( strtolower( (string) $locale ), 'es' );
	$html = '<!doctype html><html lang="' . ( $es ? 'es' : 'en' ) . '"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>' . esc_html( iop_widgets_message( 'invalid', $locale ) ) . '</title>';
	$html .= '<h1>' . esc_html( iop_widgets_message( 'invalid', $locale ) ) . '</h1><ul>';
	foreach ( $errors as $field => $message ) {
		$html .= '<li>' . esc_html( $field . ': ' . $message ) . '</li>';
	}
	$html .= '</ul><p>' . esc_html( $es ? 'Vuelva atrás con el botón del navegador: lo que escribió sigue en el formulario.' : 'Go back with your browser\'s back button: what you typed is still in the form.' ) . '</p></html>';
	add_filter(
		'rest_pre_serve_request',
		static function ( $served ) use ( $html ) {
			header( 'Content-Type: text/html; charset=utf-8' );
			echo $html; // phpcs:ignore WordPress.Security.EscapeOutput -- built escaped above.
			return true;
		}
	);
	$response = new WP_REST_Response( null, 400 );
	$response->header( 'Cache-Control', 'no-store' );
	return $response;
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
