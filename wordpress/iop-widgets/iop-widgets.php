<?php
/**
 * Plugin Name:       IOP Widgets
 * Description:       The iop-widgets elements as shortcodes (facility, level of care, therapies, schedule, insurance, appointment form), and a safe home for the form's appointment requests.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       iop-widgets
 *
 * @package IopWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'IOP_WIDGETS_VERSION', '0.1.0' );
define( 'IOP_WIDGETS_FILE', __FILE__ );
define( 'IOP_WIDGETS_DIR', __DIR__ );
/** The capability that reads appointment requests; activation gives it to administrators. */
define( 'IOP_WIDGETS_CAP', 'iop_widgets_read_requests' );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/store.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/prerender.php';
require_once __DIR__ . '/includes/rest.php';
require_once __DIR__ . '/includes/admin.php';
require_once __DIR__ . '/includes/privacy.php';

register_activation_hook( __FILE__, 'iop_widgets_activate' );
register_deactivation_hook( __FILE__, 'iop_widgets_deactivate' );

/** The daily housekeeping (retention, forgetting client addresses) stops with the plugin. */
function iop_widgets_deactivate() {
	wp_clear_scheduled_hook( 'iop_widgets_daily' );
}

/** Creates the tables, schedules the daily housekeeping and gives administrators the capability to read requests. */
function iop_widgets_activate() {
	iop_widgets_create_table();
	$admin = get_role( 'administrator' );
	if ( $admin ) {
		$admin->add_cap( IOP_WIDGETS_CAP );
	}
	add_option( 'iop_widgets_settings', iop_widgets_default_settings() );
}
