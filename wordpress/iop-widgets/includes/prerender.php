<?php
/**
 * Content in the page's HTML: each shortcode's elements written out with their content as
 * declarative shadow DOM (`<template shadowrootmode="open">`), and the facility's JSON-LD in the
 * head, so crawlers, the first paint and a browser where the module never runs see the crisis
 * lines, the phone, the levels, the therapies, the schedule and a form that posts.
 *
 * PHP cannot run the kit, so the kit renders it in an administrator's browser: the settings page
 * renders every distinct shortcode found in published content with the module itself, serializes
 * the shadow roots and sends them back (capability and nonce checked). Each is stored under a
 * signature of what the shortcode writes (tag, attributes, inner JSON, the facility's settings,
 * the language) and of the module's version, and is written out only where the shortcode writes
 * exactly that again: a changed setting, text or module has no content until the settings page
 * renders it anew (saving the settings does), and an admin notice says so meanwhile.
 *
 * @package IopWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Option: signature => array( 't' => the shadow roots in document order, 'ld' => JSON-LD texts ). */
define( 'IOP_WIDGETS_PRERENDERED', 'iop_widgets_prerendered' );
/** Option: 1 when published content may have shortcodes with no content written yet. */
define( 'IOP_WIDGETS_PRERENDER_STALE', 'iop_widgets_prerender_stale' );

add_action( 'admin_post_iop_widgets_prerender', 'iop_widgets_prerender_store' );
add_action( 'admin_post_nopriv_iop_widgets_prerender', 'iop_widgets_forbidden' );
add_action( 'admin_notices', 'iop_widgets_prerender_notice' );
add_action( 'wp_head', 'iop_widgets_prerender_head', 1 );
add_action( 'save_post', 'iop_widgets_prerender_post_saved', 10, 2 );
add_action( 'update_option_iop_widgets_settings', 'iop_widgets_prerender_mark_stale' );

/** The kit's version, as the signatures know it: a new module renders anew. */
function iop_widgets_module_hash() {
	static $hash = null;
	if ( null === $hash ) {
		$file = IOP_WIDGETS_DIR . '/assets/iop-widgets.js';
		$hash = file_exists( $file ) ? (string) md5_file( $file ) : IOP_WIDGETS_VERSION;
	}
	return $hash;
}

/** What a shortcode wrote (its elements, attributes and script children, before any content) identifies its content. */
function iop_widgets_signature( $html ) {
	return hash( 'sha256', iop_widgets_module_hash() . "\n" . $html );
}

/** The kit's start tags in what the shortcodes write (attribute values there are escaped, JSON has `<` as \u003C). */
function iop_widgets_start_tags_pattern() {
	return '/<iop-[a-z0-9-]*[a-z0-9](?:\s[^<>]*)?>/';
}

/** Where the settings page is collecting what the shortcodes write, the list it goes into. */
$GLOBALS['iop_widgets_collecting'] = null;

/**
 * A top-level shortcode's HTML with its stored content written in after each element's start tag,
 * or as it was when there is none for exactly this HTML (and noted while collecting).
 */
function iop_widgets_with_content( $html ) {
	if ( is_array( $GLOBALS['iop_widgets_collecting'] ) ) {
		$GLOBALS['iop_widgets_collecting'][] = $html;
		return $html;
	}
	$stored = iop_widgets_prerendered_for( $html );
	if ( ! $stored ) {
		return $html;
	}
	$templates = $stored['t'];
	$at        = 0;
	return preg_replace_callback(
		iop_widgets_start_tags_pattern(),
		static function ( $match ) use ( $templates, &$at ) {
			return $match[0] . '<template shadowrootmode="open">' . $templates[ $at++ ] . '</template>';
		},
		$html
	);
}

/** The stored content for this HTML, if the kit rendered exactly this HTML with this module. */
function iop_widgets_prerendered_for( $html ) {
	$all    = get_option( IOP_WIDGETS_PRERENDERED, array() );
	$stored = is_array( $all ) ? ( $all[ iop_widgets_signature( $html ) ] ?? null ) : null;
	if ( ! is_array( $stored ) || ! isset( $stored['t'] ) || ! is_array( $stored['t'] ) ) {
		return null;
	}
	// One content per element, or none at all.
	return count( $stored['t'] ) === preg_match_all( iop_widgets_start_tags_pattern(), $html ) ? $stored : null;
}

/**
 * The top-level shortcodes' HTML of one post, as its page writes them (the same `the_content`
 * filters: the editor's paragraphs and line breaks between shortcodes are part of it).
 */
function iop_widgets_collect( WP_Post $post ) {
	$previous_post   = $GLOBALS['post'] ?? null;
	$GLOBALS['post'] = $post; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- the content is rendered as on its own page.
	setup_postdata( $post );
	$GLOBALS['iop_widgets_collecting'] = array();
	try {
		apply_filters( 'the_content', $post->post_content ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own filter.
		return $GLOBALS['iop_widgets_collecting'];
	} finally {
		$GLOBALS['iop_widgets_collecting'] = null;
		$GLOBALS['post']                   = $previous_post; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
		if ( $previous_post instanceof WP_Post ) {
			setup_postdata( $previous_post );
		}
	}
}

/** Published content that has the kit's shortcodes. */
function iop_widgets_posts_with_shortcodes() {
	global $wpdb;
	$types = get_post_types( array( 'public' => true ) );
	$in    = implode( ',', array_fill( 0, count( $types ), '%s' ) );
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $in is only placeholders.
	$ids = $wpdb->get_col( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_status = 'publish' AND post_type IN ($in) AND post_content LIKE %s ORDER BY ID LIMIT 500", array_merge( array_values( $types ), array( '%[iop\_%' ) ) ) );
	return array_filter( array_map( 'get_post', $ids ) );
}

/**
 * Every distinct top-level shortcode's HTML in published content: signature => array( html, titles ).
 *
 * @return array<string, array{html: string, titles: string[]}>
 */
function iop_widgets_prerender_items() {
	$items = array();
	foreach ( iop_widgets_posts_with_shortcodes() as $post ) {
		foreach ( iop_widgets_collect( $post ) as $html ) {
			$sig = iop_widgets_signature( $html );
			if ( ! isset( $items[ $sig ] ) ) {
				$items[ $sig ] = array(
					'html'   => $html,
					'titles' => array(),
				);
			}
			$items[ $sig ]['titles'][] = get_the_title( $post );
		}
	}
	return $items;
}

/**
 * Markup the kit wrote, in a browser's own serialization: known elements only, and no attribute that
 * runs script or points a link or form at script.
 */
function iop_widgets_markup_is_inert( $markup ) {
	if ( ! is_string( $markup ) || strlen( $markup ) > 400000 ) {
		return false;
	}
	// Markup exactly as a browser serializes a shadow root (what the kit's renderer sends): each tag
	// `<name>`, `<name attr="value" attr>` (one space before each attribute, values in double quotes)
	// or `</name>`, and every other `<` escaped but inside <style>. Anything else (a `/` or a newline
	// between attributes, an unquoted value, a comment, foreign content) is not what the kit writes,
	// and is refused whatever a browser would make of it.
	$elements = array( 'a', 'abbr', 'b', 'br', 'button', 'caption', 'code', 'col', 'colgroup', 'details', 'div', 'em', 'fieldset', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'input', 'label', 'legend', 'li', 'ol', 'optgroup', 'option', 'p', 'section', 'select', 'slot', 'small', 'span', 'strong', 'style', 'summary', 'table', 'tbody', 'td', 'textarea', 'tfoot', 'th', 'thead', 'time', 'tr', 'ul' );
	$offset   = 0;
	while ( false !== ( $at = strpos( $markup, '<', $offset ) ) ) {
		if ( ! preg_match( '#\G<(?:/([a-z][a-z0-9]*)|([a-z][a-z0-9]*)((?: [a-z][a-z0-9_.:-]*(?:="[^"]*")?)*))>#', $markup, $tag, 0, $at ) ) {
			return false;
		}
		$opening = '' === $tag[1];
		$name    = $opening ? $tag[2] : $tag[1];
		if ( ! in_array( $name, $elements, true ) ) {
			return false;
		}
		$offset = $at + strlen( $tag[0] );
		if ( ! $opening ) {
			continue;
		}
		preg_match_all( '# ([a-z][a-z0-9_.:-]*)(?:="([^"]*)")?#', $tag[3], $pairs, PREG_SET_ORDER );
		foreach ( $pairs as $pair ) {
			$attribute = $pair[1];
			$value     = html_entity_decode( $pair[2] ?? '', ENT_QUOTES | ENT_HTML5, 'UTF-8' );
			if ( 0 === strpos( $attribute, 'on' ) || in_array( $attribute, array( 'srcdoc', 'formaction', 'style' ), true ) ) {
				return false;
			}
			if ( in_array( $attribute, array( 'href', 'src', 'action', 'xlink:href', 'data', 'poster' ), true ) && preg_match( '/^(javascript|vbscript|data):/i', preg_replace( '/[\x00-\x20]+/', '', $value ) ) ) {
				return false;
			}
		}
		if ( 'style' === $name ) {
			// A style's text (CSS may hold `<`: `width<=36rem`) runs to the first `</style`, as a browser reads it.
			$close = stripos( $markup, '</style', $offset );
			if ( false === $close ) {
				return false;
			}
			$offset = $close;
		}
	}
	return true;
}

/**
 * Stores what the settings page's browser rendered: only by a user who may change the settings,
 * with the page's nonce, for signatures the site's published content has now, each with one
 * content per element. Signatures no content has any more are dropped.
 */
function iop_widgets_prerender_store() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to access this page.', 'iop-widgets' ), 403 );
	}
	if ( ! wp_verify_nonce( (string) wp_unslash( $_POST['_wpnonce'] ?? '' ), 'iop_widgets_prerender' ) ) { // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- checked as is.
		wp_die( esc_html__( 'The link you followed has expired.', 'iop-widgets' ), 403 );
	}
	$given   = json_decode( (string) wp_unslash( $_POST['rendered'] ?? '' ), true ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- markup checked below, stored as the kit wrote it.
	$items   = iop_widgets_prerender_items();
	$current = get_option( IOP_WIDGETS_PRERENDERED, array() );
	$stored  = array();
	$refused = 0;
	foreach ( $items as $sig => $item ) {
		$entry = is_array( $given ) ? ( $given[ $sig ] ?? null ) : null;
		$count = preg_match_all( iop_widgets_start_tags_pattern(), $item['html'] );
		if ( is_array( $entry ) && isset( $entry['t'] ) && is_array( $entry['t'] ) && count( $entry['t'] ) === $count
			&& count( array_filter( $entry['t'], 'iop_widgets_markup_is_inert' ) ) === $count ) {
			$ld = array_values( array_filter( (array) ( $entry['ld'] ?? array() ), 'is_string' ) );
			// JSON-LD is JSON, and nothing in it may close its script.
			$ld             = array_values(
				array_filter(
					$ld,
					static function ( $json ) {
						return null !== json_decode( $json ) && false === stripos( $json, '</script' ) && false === strpos( $json, '<' );
					}
				)
			);
			$stored[ $sig ] = array(
				't'  => array_values( $entry['t'] ),
				'ld' => $ld,
			);
		} elseif ( null !== $entry ) {
			++$refused;
		} elseif ( is_array( $current ) && isset( $current[ $sig ] ) ) {
			$stored[ $sig ] = $current[ $sig ];
		}
	}
	update_option( IOP_WIDGETS_PRERENDERED, $stored, false );
	$missing = count( $items ) - count( $stored );
	update_option( IOP_WIDGETS_PRERENDER_STALE, $missing ? 1 : 0 );
	wp_send_json(
		array(
			'stored'  => count( $stored ),
			'missing' => $missing,
			'refused' => $refused,
		),
		$refused ? 400 : 200
	);
}

function iop_widgets_prerender_mark_stale() {
	update_option( IOP_WIDGETS_PRERENDER_STALE, 1 );
}

/** Published content with the kit's shortcodes changed: its content is written by the settings page. */
function iop_widgets_prerender_post_saved( $post_id, $post ) {
	if ( 'publish' === $post->post_status && false !== strpos( (string) $post->post_content, '[iop_' ) && ! wp_is_post_revision( $post_id ) ) {
		iop_widgets_prerender_mark_stale();
	}
}

function iop_widgets_settings_url() {
	return admin_url( 'options-general.php?page=iop-widgets-settings' );
}

/** Elsewhere in the admin: a notice while some content may have nothing in the page's HTML. */
function iop_widgets_prerender_notice() {
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	if ( ! current_user_can( 'manage_options' ) || ! get_option( IOP_WIDGETS_PRERENDER_STALE ) || ( $screen && 'settings_page_iop-widgets-settings' === $screen->id ) ) {
		return;
	}
	echo '<div class="notice notice-warning" id="iop-prerender-stale"><p>' . esc_html__( 'IOP Widgets: some pages with its shortcodes have no content in their HTML yet (search engines and visitors whose browser runs no script see nothing there).', 'iop-widgets' )
		. ' <a href="' . esc_url( iop_widgets_settings_url() ) . '">' . esc_html__( 'Open the IOP Widgets settings to write it', 'iop-widgets' ) . '</a></p></div>';
}

/**
 * The settings page's part: the shortcodes with no content yet, rendered here by the kit and sent
 * back; a notice that names them, and says what happened.
 */
function iop_widgets_prerender_section() {
	$items   = iop_widgets_prerender_items();
	$missing = array();
	foreach ( $items as $sig => $item ) {
		if ( ! iop_widgets_prerendered_for( $item['html'] ) ) {
			$missing[ $sig ] = $item;
		}
	}
	if ( ! $missing ) {
		update_option( IOP_WIDGETS_PRERENDER_STALE, 0 );
		/* translators: %d: number of distinct shortcodes. */
		echo '<div class="notice notice-success inline" id="iop-prerender" data-state="done"><p>' . esc_html( sprintf( _n( 'Content in the pages\' HTML: written for the %d shortcode in published content.', 'Content in the pages\' HTML: written for all %d shortcodes in published content.', count( $items ), 'iop-widgets' ), count( $items ) ) ) . '</p></div>';
		return;
	}
	$titles = array_unique( array_merge( ...array_values( wp_list_pluck( $missing, 'titles' ) ) ) );
	$jobs   = array();
	foreach ( $missing as $sig => $item ) {
		$jobs[] = array(
			'sig'  => $sig,
			'html' => $item['html'],
		);
	}
	echo '<div class="notice notice-warning inline" id="iop-prerender" data-state="pending" role="status"><p>';
	/* translators: 1: number of shortcodes; 2: titles of the pages. */
	echo esc_html( sprintf( _n( '%1$d shortcode has no content in its page\'s HTML yet (%2$s). Writing it now in this browser; keep this page open for a moment.', '%1$d shortcodes have no content in their pages\' HTML yet (%2$s). Writing it now in this browser; keep this page open for a moment.', count( $missing ), 'iop-widgets' ), count( $missing ), implode( ', ', $titles ) ) );
	echo '</p><noscript><p>' . esc_html__( 'This needs JavaScript: open this page in a browser that runs it.', 'iop-widgets' ) . '</p></noscript></div>';
	$config = array(
		'jobs'   => $jobs,
		'post'   => admin_url( 'admin-post.php' ),
		'nonce'  => wp_create_nonce( 'iop_widgets_prerender' ),
		'done'   => __( 'Content in the pages\' HTML: written.', 'iop-widgets' ),
		/* translators: %d: number of shortcodes still without content. */
		'failed' => __( 'Content in the pages\' HTML could not be written for %d shortcodes. Reload this page to try again.', 'iop-widgets' ),
	);
	echo '<script type="application/json" id="iop-prerender-jobs">' . wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) . '</script>';
	// The renderer (it sets the page up before any element renders, then waits for the kit), then the kit itself.
	echo '<script type="module" src="' . esc_url( add_query_arg( 'ver', (string) filemtime( IOP_WIDGETS_DIR . '/admin/prerender.js' ), plugins_url( 'admin/prerender.js', IOP_WIDGETS_FILE ) ) ) . '"></script>'; // phpcs:ignore WordPress.WP.EnqueuedResources -- a module of the plugin's own, in this order.
	echo '<script type="module" src="' . esc_url( iop_widgets_module_url() ) . '"></script>'; // phpcs:ignore WordPress.WP.EnqueuedResources
}

/** The facility's JSON-LD in the head, where the page's shortcodes have stored content with one. */
function iop_widgets_prerender_head() {
	if ( ! is_singular() ) {
		return;
	}
	$post = get_queried_object();
	if ( ! $post instanceof WP_Post || false === strpos( (string) $post->post_content, '[iop_' ) ) {
		return;
	}
	$stored = get_option( IOP_WIDGETS_PRERENDERED, array() );
	// Rendering the page's shortcodes once more is needed only if some stored content has JSON-LD.
	if ( ! is_array( $stored ) || ! array_filter( array_column( $stored, 'ld' ) ) ) {
		return;
	}
	foreach ( iop_widgets_collect( $post ) as $html ) {
		$entry = iop_widgets_prerendered_for( $html );
		foreach ( $entry ? $entry['ld'] : array() as $json ) {
			// The kit replaces this one with its live JSON-LD when it runs (data-iop-prerendered).
			echo '<script type="application/ld+json" data-iop-prerendered>' . $json . "</script>\n"; // phpcs:ignore WordPress.Security.EscapeOutput -- JSON checked when stored: no `<` in it.
		}
	}
}
