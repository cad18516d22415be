<?php
/**
 * The settings page: what every shortcode falls back to, where requests go, and how long they
 * are kept.
 *
 * @package IopWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The payment options a facility may accept (the facility's `accepts`), with their labels. */
function iop_widgets_payment_options() {
	return array(
		'medicaid'      => __( 'Medicaid', 'iop-widgets' ),
		'medicare'      => __( 'Medicare', 'iop-widgets' ),
		'tricare'       => __( 'TRICARE', 'iop-widgets' ),
		'self-pay'      => __( 'Self-pay', 'iop-widgets' ),
		'payment-plan'  => __( 'Payment plans', 'iop-widgets' ),
		'sliding-scale' => __( 'Sliding-scale fees', 'iop-widgets' ),
	);
}

/** The days of `admissions-hours`, in the kit's keys. */
function iop_widgets_days() {
	return array(
		'mon' => __( 'Monday', 'iop-widgets' ),
		'tue' => __( 'Tuesday', 'iop-widgets' ),
		'wed' => __( 'Wednesday', 'iop-widgets' ),
		'thu' => __( 'Thursday', 'iop-widgets' ),
		'fri' => __( 'Friday', 'iop-widgets' ),
		'sat' => __( 'Saturday', 'iop-widgets' ),
		'sun' => __( 'Sunday', 'iop-widgets' ),
	);
}

/** @return array<string, mixed> */
function iop_widgets_default_settings() {
	return array(
		'name'                => get_bloginfo( 'name' ),
		'phone'               => '',
		'timezone'            => wp_timezone_string(),
		'street'              => '',
		'city'                => '',
		'region'              => '',
		'postal_code'         => '',
		'country'             => '',
		'lang'                => 0 === strpos( get_locale(), 'es' ) ? 'es' : 'en',
		'admissions_247'      => 0,
		'admissions_hours'    => array(),
		'carriers'            => array(),
		'accepts'             => array(),
		'endpoint'            => '',
		'notify'              => get_option( 'admin_email' ),
		'proxies'             => array(),
		'retention_days'      => 0,
		'confirmation_page'   => 0,
		'delete_on_uninstall' => 0,
	);
}

/** @return array<string, mixed> The saved settings over the defaults. */
function iop_widgets_settings() {
	$saved = get_option( 'iop_widgets_settings', array() );
	return array_merge( iop_widgets_default_settings(), is_array( $saved ) ? $saved : array() );
}

/** The facility's address as the element's JSON shape, or null when none is set. */
function iop_widgets_address( array $s ) {
	$address = array_filter(
		array(
			'street'     => $s['street'],
			'city'       => $s['city'],
			'region'     => $s['region'],
			'postalCode' => $s['postal_code'],
			'country'    => $s['country'],
		),
		'strlen'
	);
	return $address ? $address : null;
}

/** The facility's `admissions-hours` from the settings: "24/7", a JSON object of days, or ''. */
function iop_widgets_admissions_hours( array $s ) {
	if ( ! empty( $s['admissions_247'] ) ) {
		return '24/7';
	}
	$hours = array_filter( (array) $s['admissions_hours'], 'strlen' );
	return $hours ? wp_json_encode( $hours ) : '';
}

/** The facility's carriers as the kit's JSON: a name, or `{ name, note }` when a note is given. */
function iop_widgets_carriers_json( array $s ) {
	$list = array();
	foreach ( (array) $s['carriers'] as $carrier ) {
		$list[] = '' === ( $carrier['note'] ?? '' ) ? $carrier['name'] : array(
			'name' => $carrier['name'],
			'note' => $carrier['note'],
		);
	}
	return $list ? wp_json_encode( $list, JSON_UNESCAPED_UNICODE ) : '';
}

/**
 * Where the form sends requests: the admin's own URL, else this plugin's REST route as a
 * root-relative URL (the kit accepts relative endpoints, and it keeps working behind a proxy).
 */
function iop_widgets_endpoint() {
	$s = iop_widgets_settings();
	if ( '' !== $s['endpoint'] ) {
		return $s['endpoint'];
	}
	return wp_make_link_relative( rest_url( 'iop-widgets/v1/requests' ) );
}

add_action( 'admin_init', 'iop_widgets_register_settings' );
add_action( 'admin_menu', 'iop_widgets_settings_menu' );

function iop_widgets_register_settings() {
	register_setting(
		'iop_widgets',
		'iop_widgets_settings',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'iop_widgets_sanitize_settings',
			'default'           => iop_widgets_default_settings(),
		)
	);
}

function iop_widgets_settings_menu() {
	add_options_page( __( 'IOP Widgets', 'iop-widgets' ), __( 'IOP Widgets', 'iop-widgets' ), 'manage_options', 'iop-widgets-settings', 'iop_widgets_settings_page' );
}

/** A submitted value as text: arrays (`name[]=x`) and other non-text become ''. */
function iop_widgets_text( array $input, $key ) {
	return isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
}

/**
 * Keeps only values the elements accept; a bad one is reported and the old value kept.
 *
 * @param mixed $input The submitted settings.
 */
function iop_widgets_sanitize_settings( $input ) {
	$old   = iop_widgets_settings();
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$out   = $old;
	foreach ( array( 'name', 'street', 'city', 'region', 'postal_code', 'country' ) as $key ) {
		$out[ $key ] = sanitize_text_field( iop_widgets_text( $input, $key ) );
	}
	$phone = sanitize_text_field( iop_widgets_text( $input, 'phone' ) );
	if ( '' === $phone || iop_widgets_is_phone( $phone ) ) {
		$out['phone'] = $phone;
	} else {
		add_settings_error( 'iop_widgets_settings', 'phone', __( 'The phone number needs its area code: 10 to 15 digits, or + and the country code.', 'iop-widgets' ) );
	}
	$zone = sanitize_text_field( iop_widgets_text( $input, 'timezone' ) );
	if ( in_array( $zone, timezone_identifiers_list(), true ) ) {
		$out['timezone'] = $zone;
	} else {
		add_settings_error( 'iop_widgets_settings', 'timezone', __( 'Choose a time zone such as America/Chicago.', 'iop-widgets' ) );
	}
	$lang        = iop_widgets_text( $input, 'lang' );
	$out['lang'] = in_array( $lang, array( 'en', 'es' ), true ) ? $lang : 'en';

	$out['admissions_247']   = empty( $input['admissions_247'] ) ? 0 : 1;
	$out['admissions_hours'] = array();
	$hours                   = isset( $input['admissions_hours'] ) && is_array( $input['admissions_hours'] ) ? $input['admissions_hours'] : array();
	foreach ( array_keys( iop_widgets_days() ) as $day ) {
		$range = preg_replace( '/\s+/', '', iop_widgets_text( $hours, $day ) );
		if ( '' === $range ) {
			continue;
		}
		if ( preg_match( '/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/', $range ) ) {
			$out['admissions_hours'][ $day ] = $range;
		} else {
			/* translators: %s: a day of the week. */
			add_settings_error( 'iop_widgets_settings', 'admissions_hours', sprintf( __( 'Admissions hours for %s: write them as 08:00-20:00.', 'iop-widgets' ), iop_widgets_days()[ $day ] ) );
			$out['admissions_hours'][ $day ] = $old['admissions_hours'][ $day ] ?? '';
		}
	}
	// One carrier a line: "Name" or "Name | note" (a note such as "in network" or a network id).
	$out['carriers'] = array();
	foreach ( preg_split( '/\r\n|\r|\n/', sanitize_textarea_field( iop_widgets_text( $input, 'carriers' ) ) ) as $line ) {
		$parts = array_map( 'trim', explode( '|', $line, 2 ) );
		if ( '' !== $parts[0] ) {
			$out['carriers'][] = array(
				'name' => mb_substr( $parts[0], 0, 100 ),
				'note' => mb_substr( $parts[1] ?? '', 0, 200 ),
			);
		}
	}
	$accepts        = isset( $input['accepts'] ) && is_array( $input['accepts'] ) ? $input['accepts'] : array();
	$out['accepts'] = array_values( array_intersect( array_keys( iop_widgets_payment_options() ), array_filter( $accepts, 'is_string' ) ) );

	$endpoint = iop_widgets_text( $input, 'endpoint' );
	$listed   = static function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) && ! is_scalar( $input[ $key ] );
	};
	if ( $listed( 'endpoint' ) ) {
		add_settings_error( 'iop_widgets_settings', 'endpoint', __( 'Requests can only go to an https address.', 'iop-widgets' ) );
	} elseif ( '' === $endpoint || 'https' === wp_parse_url( $endpoint, PHP_URL_SCHEME ) ) {
		$out['endpoint'] = '' === $endpoint ? '' : esc_url_raw( $endpoint, array( 'https' ) );
	} else {
		add_settings_error( 'iop_widgets_settings', 'endpoint', __( 'Requests can only go to an https address.', 'iop-widgets' ) );
	}
	$given  = iop_widgets_text( $input, 'notify' );
	$notify = sanitize_email( $given );
	if ( ! $listed( 'notify' ) && ( '' === $given || is_email( $notify ) ) ) {
		$out['notify'] = $notify;
	} else {
		add_settings_error( 'iop_widgets_settings', 'notify', __( 'The staff email address is not valid.', 'iop-widgets' ) );
	}
	$proxies = preg_split( '/[\s,]+/', iop_widgets_text( $input, 'proxies' ), -1, PREG_SPLIT_NO_EMPTY );
	$valid   = array_filter(
		$proxies,
		static function ( $range ) {
			$parts = explode( '/', $range, 2 );
			$ip    = filter_var( $parts[0], FILTER_VALIDATE_IP );
			$max   = $ip && false !== strpos( $ip, ':' ) ? 128 : 32;
			return $ip && ( ! isset( $parts[1] ) || ( ctype_digit( $parts[1] ) && (int) $parts[1] <= $max ) );
		}
	);
	if ( count( $valid ) === count( $proxies ) ) {
		$out['proxies'] = array_values( $valid );
	} else {
		add_settings_error( 'iop_widgets_settings', 'proxies', __( 'Trusted proxies: write addresses or ranges such as 10.0.0.0/8, one a line.', 'iop-widgets' ) );
	}
	$page                     = absint( iop_widgets_text( $input, 'confirmation_page' ) );
	$out['confirmation_page'] = $page && 'page' === get_post_type( $page ) ? $page : 0;
	$days                  = iop_widgets_text( $input, 'retention_days' );
	$out['retention_days'] = ctype_digit( $days ) ? min( 3650, (int) $days ) : 0;
	$out['delete_on_uninstall'] = '1' === iop_widgets_text( $input, 'delete_on_uninstall' ) ? 1 : 0;
	return $out;
}

function iop_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to access this page.', 'iop-widgets' ), 403 );
	}
	$s     = iop_widgets_settings();
	$help  = static function ( $key, $text ) {
		return $text ? '<p class="description" id="iop-' . esc_attr( $key ) . '-help">' . esc_html( $text ) . '</p>' : '';
	};
	$field = static function ( $key, $label, $type = 'text', $text = '' ) use ( $s, $help ) {
		echo '<tr><th scope="row"><label for="iop-' . esc_attr( $key ) . '">' . esc_html( $label ) . '</label></th><td>';
		echo '<input class="regular-text" type="' . esc_attr( $type ) . '" id="iop-' . esc_attr( $key ) . '" name="iop_widgets_settings[' . esc_attr( $key ) . ']" value="' . esc_attr( $s[ $key ] ) . '"' . ( $text ? ' aria-describedby="iop-' . esc_attr( $key ) . '-help"' : '' ) . '>';
		echo $help( $key, $text ) . '</td></tr>'; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in $help.
	};
	echo '<div class="wrap"><h1>' . esc_html__( 'IOP Widgets', 'iop-widgets' ) . '</h1>';
	iop_widgets_prerender_section();
	echo '<form method="post" action="options.php">';
	settings_fields( 'iop_widgets' );
	echo '<h2>' . esc_html__( 'Facility', 'iop-widgets' ) . '</h2><table class="form-table" role="presentation">';
	$field( 'name', __( 'Facility name', 'iop-widgets' ) );
	$field( 'phone', __( 'Phone', 'iop-widgets' ), 'tel' );
	$field( 'timezone', __( 'Time zone of the program', 'iop-widgets' ), 'text', __( 'An IANA zone, e.g. America/Chicago.', 'iop-widgets' ) );
	$field( 'street', __( 'Street', 'iop-widgets' ) );
	$field( 'city', __( 'City', 'iop-widgets' ) );
	$field( 'region', __( 'State or region', 'iop-widgets' ) );
	$field( 'postal_code', __( 'Postal code', 'iop-widgets' ) );
	$field( 'country', __( 'Country', 'iop-widgets' ) );
	echo '<tr><th scope="row"><label for="iop-lang">' . esc_html__( 'Language', 'iop-widgets' ) . '</label></th><td><select id="iop-lang" name="iop_widgets_settings[lang]">';
	foreach ( array( 'en' => 'English', 'es' => 'Español' ) as $code => $label ) {
		echo '<option value="' . esc_attr( $code ) . '"' . selected( $s['lang'], $code, false ) . '>' . esc_html( $label ) . '</option>';
	}
	echo '</select></td></tr>';
	echo '<tr><th scope="row">' . esc_html__( 'Admissions phone answered', 'iop-widgets' ) . '</th><td><fieldset><legend class="screen-reader-text">' . esc_html__( 'Admissions phone answered', 'iop-widgets' ) . '</legend>';
	echo '<p><label><input type="checkbox" id="iop-admissions-247" name="iop_widgets_settings[admissions_247]" value="1"' . checked( $s['admissions_247'], 1, false ) . '> ' . esc_html__( '24 hours a day, 7 days a week', 'iop-widgets' ) . '</label></p>';
	echo '<p class="description" id="iop-hours-help">' . esc_html__( 'Otherwise the hours of each day, in the program\'s time zone (e.g. 08:00-20:00; an end before the start runs past midnight). Leave all empty to claim no hours.', 'iop-widgets' ) . '</p>';
	foreach ( iop_widgets_days() as $day => $label ) {
		echo '<p><label for="iop-hours-' . esc_attr( $day ) . '" style="display:inline-block;min-width:7em">' . esc_html( $label ) . '</label> <input type="text" size="11" id="iop-hours-' . esc_attr( $day ) . '" name="iop_widgets_settings[admissions_hours][' . esc_attr( $day ) . ']" value="' . esc_attr( $s['admissions_hours'][ $day ] ?? '' ) . '" aria-describedby="iop-hours-help"></p>';
	}
	echo '</fieldset></td></tr></table>';

	echo '<h2>' . esc_html__( 'Insurance and payment', 'iop-widgets' ) . '</h2><table class="form-table" role="presentation">';
	$carriers = implode(
		"\n",
		array_map(
			static function ( $carrier ) {
				return $carrier['name'] . ( '' === $carrier['note'] ? '' : ' | ' . $carrier['note'] );
			},
			(array) $s['carriers']
		)
	);
	echo '<tr><th scope="row"><label for="iop-carriers">' . esc_html__( 'Insurance carriers accepted', 'iop-widgets' ) . '</label></th><td><textarea class="large-text" rows="5" id="iop-carriers" name="iop_widgets_settings[carriers]" aria-describedby="iop-carriers-help">' . esc_textarea( $carriers ) . '</textarea>';
	echo $help( 'carriers', __( 'One a line, in the order to show them. A note may follow a bar: "Blue Cross Blue Shield | in network". Leave empty and no carrier is named.', 'iop-widgets' ) ) . '</td></tr>'; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in $help.
	echo '<tr><th scope="row">' . esc_html__( 'Payment options', 'iop-widgets' ) . '</th><td><fieldset><legend class="screen-reader-text">' . esc_html__( 'Payment options', 'iop-widgets' ) . '</legend>';
	foreach ( iop_widgets_payment_options() as $key => $label ) {
		echo '<label style="display:block"><input type="checkbox" id="iop-accepts-' . esc_attr( $key ) . '" name="iop_widgets_settings[accepts][]" value="' . esc_attr( $key ) . '"' . checked( in_array( $key, (array) $s['accepts'], true ), true, false ) . '> ' . esc_html( $label ) . '</label>';
	}
	echo '</fieldset></td></tr></table>';

	echo '<h2>' . esc_html__( 'Appointment requests', 'iop-widgets' ) . '</h2><table class="form-table" role="presentation">';
	$field( 'endpoint', __( 'Send requests to', 'iop-widgets' ), 'url', __( 'Leave empty to keep them in this site (Appointment requests in the menu). Or an https address of your own system. Only administrators can change this; an endpoint written in a shortcode counts only on pages written by an administrator.', 'iop-widgets' ) );
	$field( 'notify', __( 'Tell this staff email address', 'iop-widgets' ), 'email', __( 'The email only says that a request arrived and links to it: no health information goes by email.', 'iop-widgets' ) );
	echo '<tr><th scope="row"><label for="iop-confirmation-page">' . esc_html__( 'Confirmation page', 'iop-widgets' ) . '</label></th><td>';
	wp_dropdown_pages(
		array(
			'name'              => 'iop_widgets_settings[confirmation_page]',
			'id'                => 'iop-confirmation-page',
			'selected'          => (int) $s['confirmation_page'],
			'show_option_none'  => esc_html__( 'The page the form was on, with a confirmation', 'iop-widgets' ),
			'option_none_value' => '0',
		)
	);
	echo $help( 'confirmation-page', __( 'Where a visitor whose browser runs no script lands after sending the form.', 'iop-widgets' ) ) . '</td></tr>'; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in $help.
	echo '<tr><th scope="row"><label for="iop-proxies">' . esc_html__( 'Trusted proxies', 'iop-widgets' ) . '</label></th><td><textarea class="regular-text" rows="3" id="iop-proxies" name="iop_widgets_settings[proxies]" aria-describedby="iop-proxies-help">' . esc_textarea( implode( "\n", (array) $s['proxies'] ) ) . '</textarea>';
	echo $help( 'proxies', __( 'Only if this site runs behind a CDN or reverse proxy: its addresses or ranges (e.g. 10.0.0.0/8), one a line. Requests from them are counted by the visitor\'s address in X-Forwarded-For; otherwise that header is ignored. Each visitor address may send 10 new requests an hour.', 'iop-widgets' ) ) . '</td></tr>'; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in $help.
	echo '<tr><th scope="row"><label for="iop-retention">' . esc_html__( 'Keep handled requests', 'iop-widgets' ) . '</label></th><td><select id="iop-retention" name="iop_widgets_settings[retention_days]" aria-describedby="iop-retention-help">';
	$choices = array(
		0   => __( 'Until someone deletes them', 'iop-widgets' ),
		30  => __( '30 days after they were handled', 'iop-widgets' ),
		90  => __( '90 days after they were handled', 'iop-widgets' ),
		180 => __( '180 days after they were handled', 'iop-widgets' ),
		365 => __( 'One year after they were handled', 'iop-widgets' ),
	);
	if ( ! isset( $choices[ (int) $s['retention_days'] ] ) ) {
		/* translators: %d: number of days. */
		$choices[ (int) $s['retention_days'] ] = sprintf( __( '%d days after they were handled', 'iop-widgets' ), (int) $s['retention_days'] );
	}
	foreach ( $choices as $days => $label ) {
		echo '<option value="' . esc_attr( (string) $days ) . '"' . selected( (int) $s['retention_days'], $days, false ) . '>' . esc_html( $label ) . '</option>';
	}
	echo '</select>' . $help( 'retention', __( 'Requests not yet marked handled are never deleted by this. Deletions are recorded in the access log.', 'iop-widgets' ) ) . '</td></tr>'; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in $help.
	echo '<tr><th scope="row">' . esc_html__( 'When the plugin is deleted', 'iop-widgets' ) . '</th><td><fieldset><legend class="screen-reader-text">' . esc_html__( 'When the plugin is deleted', 'iop-widgets' ) . '</legend>';
	echo '<label style="display:block"><input type="radio" id="iop-uninstall-keep" name="iop_widgets_settings[delete_on_uninstall]" value="0"' . checked( $s['delete_on_uninstall'], 0, false ) . '> ' . esc_html__( 'Keep the appointment requests, the access log and these settings in the database (reinstalling the plugin shows them again, with the privacy tools)', 'iop-widgets' ) . '</label>';
	echo '<label style="display:block"><input type="radio" id="iop-uninstall-delete" name="iop_widgets_settings[delete_on_uninstall]" value="1"' . checked( $s['delete_on_uninstall'], 1, false ) . '> ' . esc_html__( 'Delete all appointment requests, the access log and these settings', 'iop-widgets' ) . '</label>';
	echo '</fieldset></td></tr>';
	echo '</table>';
	submit_button();
	echo '</form></div>';
}

/**
 * The kit's one phone rule (src/shared/schema.ts `isPhone`), for the settings and the REST route
 * alike: one a caller anywhere can dial back, so 10 to 15 digits with the area code, or `+`, the
 * country code and 8 to 15 digits. Spaces (any JavaScript `\s`: a non-breaking or thin space
 * too), dots, dashes and brackets are allowed.
 */
function iop_widgets_is_phone( $phone ) {
	$space  = '\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';
	$phone  = (string) preg_replace( '/^[' . $space . ']+|[' . $space . ']+$/u', '', (string) $phone );
	$digits = preg_replace( '/[^0-9]/', '', $phone );
	$least  = '+' === substr( $phone, 0, 1 ) ? 8 : 10;
	return 1 === preg_match( '/^\+?[0-9' . $space . '().-]+$/u', $phone ) && strlen( $digits ) >= $least && strlen( $digits ) <= 15;
}
