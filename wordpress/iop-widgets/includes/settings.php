<?php
/**
 * The settings page: what every shortcode falls back to, and where requests go.
 *
 * @package IopWidgets
 */

defined( 'ABSPATH' ) || exit;

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
		'endpoint'            => '',
		'notify'              => get_option( 'admin_email' ),
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
		$out[ $key ] = sanitize_text_field( $input[ $key ] ?? '' );
	}
	$phone = sanitize_text_field( $input['phone'] ?? '' );
	if ( '' === $phone || iop_widgets_is_phone( $phone ) ) {
		$out['phone'] = $phone;
	} else {
		add_settings_error( 'iop_widgets_settings', 'phone', __( 'The phone number needs its area code: 10 to 15 digits, or + and the country code.', 'iop-widgets' ) );
	}
	$zone = sanitize_text_field( $input['timezone'] ?? '' );
	if ( in_array( $zone, timezone_identifiers_list(), true ) ) {
		$out['timezone'] = $zone;
	} else {
		add_settings_error( 'iop_widgets_settings', 'timezone', __( 'Choose a time zone such as America/Chicago.', 'iop-widgets' ) );
	}
	$out['lang'] = in_array( $input['lang'] ?? '', array( 'en', 'es' ), true ) ? $input['lang'] : 'en';
	$endpoint    = trim( (string) ( $input['endpoint'] ?? '' ) );
	if ( '' === $endpoint || 'https' === wp_parse_url( $endpoint, PHP_URL_SCHEME ) ) {
		$out['endpoint'] = '' === $endpoint ? '' : esc_url_raw( $endpoint, array( 'https' ) );
	} else {
		add_settings_error( 'iop_widgets_settings', 'endpoint', __( 'Requests can only go to an https address.', 'iop-widgets' ) );
	}
	$notify = sanitize_email( $input['notify'] ?? '' );
	if ( '' === ( $input['notify'] ?? '' ) || is_email( $notify ) ) {
		$out['notify'] = $notify;
	} else {
		add_settings_error( 'iop_widgets_settings', 'notify', __( 'The staff email address is not valid.', 'iop-widgets' ) );
	}
	$out['delete_on_uninstall'] = empty( $input['delete_on_uninstall'] ) ? 0 : 1;
	return $out;
}

function iop_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to access this page.', 'iop-widgets' ), 403 );
	}
	$s     = iop_widgets_settings();
	$field = static function ( $key, $label, $type = 'text', $help = '' ) use ( $s ) {
		printf(
			'<tr><th scope="row"><label for="iop-%1$s">%2$s</label></th><td><input class="regular-text" type="%3$s" id="iop-%1$s" name="iop_widgets_settings[%1$s]" value="%4$s"%5$s>%6$s</td></tr>',
			esc_attr( $key ),
			esc_html( $label ),
			esc_attr( $type ),
			esc_attr( $s[ $key ] ),
			$help ? ' aria-describedby="iop-' . esc_attr( $key ) . '-help"' : '',
			$help ? '<p class="description" id="iop-' . esc_attr( $key ) . '-help">' . esc_html( $help ) . '</p>' : ''
		);
	};
	echo '<div class="wrap"><h1>' . esc_html__( 'IOP Widgets', 'iop-widgets' ) . '</h1>';
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
		printf( '<option value="%s"%s>%s</option>', esc_attr( $code ), selected( $s['lang'], $code, false ), esc_html( $label ) );
	}
	echo '</select></td></tr></table>';
	echo '<h2>' . esc_html__( 'Appointment requests', 'iop-widgets' ) . '</h2><table class="form-table" role="presentation">';
	$field( 'endpoint', __( 'Send requests to', 'iop-widgets' ), 'url', __( 'Leave empty to keep them in this site (Appointment requests in the menu). Or an https address of your own system.', 'iop-widgets' ) );
	$field( 'notify', __( 'Tell this staff email address', 'iop-widgets' ), 'email', __( 'The email only says that a request arrived and links to it: no health information goes by email.', 'iop-widgets' ) );
	printf(
		'<tr><th scope="row">%s</th><td><label><input type="checkbox" name="iop_widgets_settings[delete_on_uninstall]" value="1"%s> %s</label></td></tr>',
		esc_html__( 'When the plugin is deleted', 'iop-widgets' ),
		checked( $s['delete_on_uninstall'], 1, false ),
		esc_html__( 'Delete all appointment requests too (otherwise they are kept)', 'iop-widgets' )
	);
	echo '</table>';
	submit_button();
	echo '</form></div>';
}

/**
 * The kit's one phone rule (src/shared/schema.ts `isPhone`), for the settings and the REST route
 * alike: one a caller anywhere can dial back, so 10 to 15 digits with the area code, or `+`, the
 * country code and 8 to 15 digits. Spaces, dots, dashes and brackets are allowed.
 */
function iop_widgets_is_phone( $phone ) {
	$phone  = trim( (string) $phone );
	$digits = preg_replace( '/\D/', '', $phone );
	$least  = '+' === substr( $phone, 0, 1 ) ? 8 : 10;
	return 1 === preg_match( '/^\+?[\d\s().-]+$/', $phone ) && strlen( $digits ) >= $least && strlen( $digits ) <= 15;
}
