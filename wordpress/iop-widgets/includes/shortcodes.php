<?php
/**
 * Shortcodes for the five elements, and the module they need, loaded once and only where used.
 *
 *   [iop_facility name="Riverbend Recovery"] ...other shortcodes... [/iop_facility]
 *   [iop_schedule heading="Women's group"]{ "tracks": [ ... ] }[/iop_schedule]
 *
 * Attributes are the elements' own (either `privacy-url` or `privacy_url`). JSON attributes are
 * checked and re-encoded; a list attribute also takes plain text separated by commas
 * (`programs="Evening IOP, Women's group"`), since a shortcode attribute cannot hold `[` or `]`.
 * Content between the tags is the element's JSON configuration (any of its keys), written out as
 * the `<script type="application/json">` child the elements read. Elements outside an
 * [iop_facility] take the facility's values from the settings page.
 *
 * @package IopWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Per tag: attribute => kind (`text`, `json`, `list` (JSON array or commas) or `bool`), for every
 * element of the kit: generated from the kit's manifest by wordpress/build.mjs, so a new element
 * is a new shortcode with no hand copy here.
 */
function iop_widgets_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$file      = __DIR__ . '/elements.generated.php';
		$generated = file_exists( $file ) ? include $file : array();
		$elements  = array();
		foreach ( (array) $generated as $tag => $attributes ) {
			$elements[ $tag ] = array(
				'strings' => 'json',
				'lang'    => 'text',
				'id'      => 'text',
				'class'   => 'text',
			) + $attributes;
		}
	}
	return $elements;
}

/**
 * Whether this shortcode may send the form elsewhere than the settings say: only on content written
 * by a user who may change the settings. WordPress does not let an Author post a `<form>`, and an
 * `endpoint` on an Author's page would send visitors' names and phones to any host.
 */
function iop_widgets_may_set_endpoint() {
	$post = get_post();
	if ( ! $post || ! $post->post_author || ! user_can( (int) $post->post_author, 'manage_options' ) ) {
		return false;
	}
	// Whoever last changed it too (an Editor may edit an administrator's page), and, in a preview
	// (an unsaved change), the one previewing it.
	$last = (int) get_post_meta( $post->ID, '_edit_last', true );
	if ( $last && ! user_can( $last, 'manage_options' ) ) {
		return false;
	}
	return ! is_preview() || current_user_can( 'manage_options' );
}

/** Where the facility takes its values from the settings, and an element alone on a page too. */
function iop_widgets_facility_defaults( array $settings ) {
	$address = iop_widgets_address( $settings );
	return array(
		'name'             => $settings['name'],
		'phone'            => $settings['phone'],
		'timezone'         => $settings['timezone'],
		'endpoint'         => iop_widgets_endpoint(),
		'address'          => $address ? wp_json_encode( $address ) : '',
		'admissions-hours' => iop_widgets_admissions_hours( $settings ),
		'carriers'         => iop_widgets_carriers_json( $settings ),
		'accepts'          => $settings['accepts'] ? wp_json_encode( array_values( $settings['accepts'] ) ) : '',
		'lang'             => $settings['lang'],
	);
}

add_action( 'init', 'iop_widgets_register_shortcodes' );
add_filter( 'no_texturize_shortcodes', 'iop_widgets_no_texturize' );

function iop_widgets_register_shortcodes() {
	foreach ( array_keys( iop_widgets_elements() ) as $tag ) {
		add_shortcode(
			str_replace( '-', '_', $tag ),
			static function ( $atts, $content = null ) use ( $tag ) {
				return iop_widgets_render( $tag, is_array( $atts ) ? $atts : array(), $content );
			}
		);
	}
}

/** Curly quotes in JSON content would break it. */
function iop_widgets_no_texturize( $shortcodes ) {
	foreach ( array_keys( iop_widgets_elements() ) as $tag ) {
		$shortcodes[] = str_replace( '-', '_', $tag );
	}
	return $shortcodes;
}

function iop_widgets_module_url() {
	$file = IOP_WIDGETS_DIR . '/assets/iop-widgets.js';
	// The file's own time stamp busts caches when the module is updated.
	$version = file_exists( $file ) ? (string) filemtime( $file ) : IOP_WIDGETS_VERSION;
	return add_query_arg( 'ver', $version, plugins_url( 'assets/iop-widgets.js', IOP_WIDGETS_FILE ) );
}

/**
 * Loads the module on this page, once however many shortcodes it has: a script module on
 * WordPress 6.5+, otherwise a footer script tag turned into `type="module"`.
 */
function iop_widgets_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'iop-widgets', iop_widgets_module_url(), array(), null );
	} else {
		wp_enqueue_script( 'iop-widgets', iop_widgets_module_url(), array(), null, true );
	}
}

add_filter( 'script_loader_tag', 'iop_widgets_module_tag', 10, 2 );

function iop_widgets_module_tag( $tag, $handle ) {
	if ( 'iop-widgets' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}

/** Depth of [iop_facility] being rendered: elements inside one inherit from it. */
$GLOBALS['iop_widgets_facility_depth'] = 0;

/**
 * @param string               $tag     The element.
 * @param array<string, mixed> $atts    Shortcode attributes (WordPress lowercases the names).
 * @param string|null          $content Enclosed content.
 */
function iop_widgets_render( $tag, array $atts, $content ) {
	iop_widgets_enqueue();
	$known    = iop_widgets_elements()[ $tag ];
	$settings = iop_widgets_settings();
	$given    = array();
	foreach ( $atts as $name => $value ) {
		$name = str_replace( '_', '-', strtolower( (string) $name ) );
		if ( isset( $known[ $name ] ) ) {
			$given[ $name ] = (string) $value;
		} elseif ( is_int( $name ) || is_numeric( $name ) ) {
			// A bare word such as `filterable` or `structured-data`.
			$word = str_replace( '_', '-', strtolower( (string) $value ) );
			if ( isset( $known[ $word ] ) && 'bool' === $known[ $word ] ) {
				$given[ $word ] = 'true';
			}
		}
	}

	if ( isset( $given['endpoint'] ) && ! iop_widgets_may_set_endpoint() ) {
		unset( $given['endpoint'] );
	}
	$inside   = $GLOBALS['iop_widgets_facility_depth'] > 0;
	$defaults = array();
	if ( 'iop-facility' === $tag ) {
		$defaults = iop_widgets_facility_defaults( $settings );
	} elseif ( ! $inside ) {
		// Alone on a page, an element takes from the settings what a facility would give it.
		$defaults = array_intersect_key( iop_widgets_facility_defaults( $settings ), $known );
		unset( $defaults['address'] );
	}
	$values = array_merge( array_filter( $defaults, 'strlen' ), $given );

	$html = '';
	if ( 'iop-appointment-form' === $tag && isset( $_GET['iop-sent'] ) && '1' === $_GET['iop-sent'] ) { // phpcs:ignore WordPress.Security.NonceVerification
		// Sent back here by the REST route after a post with no script (303): say that it arrived.
		$es    = 'es' === ( $values['lang'] ?? $settings['lang'] );
		$html .= '<p id="iop-sent" role="status"><strong>' . esc_html( $es ? 'Recibimos su solicitud. Le contactaremos pronto.' : 'Thank you: your request arrived. We will contact you soon.' ) . '</strong> '
			. esc_html( $es ? 'Si es una emergencia, llame al 911 o llame o envíe un texto al 988.' : 'If this is an emergency, call 911, or call or text 988.' ) . '</p>';
	}
	$sent  = $html;
	$html  = '<' . $tag;
	foreach ( $values as $name => $value ) {
		$html .= iop_widgets_attribute( $name, $value, $known[ $name ] );
	}
	$html .= '>';
	if ( 'iop-facility' === $tag ) {
		++$GLOBALS['iop_widgets_facility_depth'];
		try {
			// The editor's automatic line breaks between the shortcodes are layout the elements do not need.
			$inner = preg_replace( '#\]\s*<br\s*/?>#i', ']', shortcode_unautop( (string) $content ) );
			$html .= do_shortcode( $inner );
		} finally {
			--$GLOBALS['iop_widgets_facility_depth'];
		}
	} elseif ( null !== $content && '' !== trim( $content ) ) {
		$html .= iop_widgets_script_child( $content, iop_widgets_may_set_endpoint() );
	}
	$html .= '</' . $tag . '>';
	// A shortcode on its own (not inside [iop_facility]) carries its elements' content, when the kit wrote it.
	return $sent . ( $inside ? $html : iop_widgets_with_content( $html ) );
}

/** One attribute, escaped for an attribute; JSON re-encoded so that it stays valid JSON. */
function iop_widgets_attribute( $name, $value, $kind ) {
	if ( 'bool' === $kind ) {
		return in_array( strtolower( trim( $value ) ), array( '', 'false', '0', 'no', 'off' ), true ) ? '' : ' ' . $name;
	}
	if ( 'json' === $kind || 'list' === $kind ) {
		$trimmed = trim( $value );
		$decoded = json_decode( $trimmed, true );
		if ( 'list' === $kind && ! in_array( substr( $trimmed, 0, 1 ), array( '[', '{', '"' ), true ) ) {
			$decoded = array_values( array_filter( array_map( 'trim', explode( ',', $trimmed ) ), 'strlen' ) );
		}
		// Bad JSON is passed on as written: the element names the attribute and the problem.
		$value = null === $decoded && 'null' !== $trimmed ? $value : wp_json_encode( $decoded, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	}
	return ' ' . $name . '="' . esc_attr( $value ) . '"';
}

/**
 * The enclosed JSON as the element's script child. The editor's paragraphs and line breaks are
 * taken out first; `<`, `>` and `&` are written as \u escapes so that nothing in a value (not
 * even `</script>`) can end the script element, and the JSON stays the same JSON.
 */
function iop_widgets_script_child( $content, $may_set_endpoint = false ) {
	$text    = preg_replace( '#</?p>|<br\s*/?>#i', '', $content );
	$text    = html_entity_decode( $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	$decoded = json_decode( trim( $text ) );
	if ( is_object( $decoded ) && ! $may_set_endpoint ) {
		unset( $decoded->endpoint );
	} elseif ( null === $decoded && ! $may_set_endpoint && false !== stripos( $text, 'endpoint' ) ) {
		// JSON the element cannot read anyway, but that might name an endpoint: not passed on.
		$text = '{}';
	}
	$json    = null === $decoded
		? str_replace( array( '<', '>', '&' ), array( '\u003C', '\u003E', '\u0026' ), trim( $text ) )
		: wp_json_encode( $decoded, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	return '<script type="application/json">' . $json . '</script>';
}
