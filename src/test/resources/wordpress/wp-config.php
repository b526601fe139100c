<?php
/*
 * The configuration of the test's own WordPress (WordPressIT), in place of Debian's wp-config.php,
 * which would read /etc/wordpress/config-<host>.php. The test fills in the values in braces.
 */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', '{{db_host}}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_HOME', '{{home}}' );
define( 'WP_SITEURL', '{{home}}' );

define( 'AUTH_KEY', '{{salt}}-auth' );
define( 'SECURE_AUTH_KEY', '{{salt}}-secure-auth' );
define( 'LOGGED_IN_KEY', '{{salt}}-logged-in' );
define( 'NONCE_KEY', '{{salt}}-nonce' );
define( 'AUTH_SALT', '{{salt}}-auth-salt' );
define( 'SECURE_AUTH_SALT', '{{salt}}-secure-auth-salt' );
define( 'LOGGED_IN_SALT', '{{salt}}-logged-in-salt' );
define( 'NONCE_SALT', '{{salt}}-nonce-salt' );

/* Offline and quiet: no cron requests, no update checks, no requests to wordpress.org
   (requests to localhost, where the Kontext site is served, are not blocked by this). */
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', false );

/* Where the Kontext site is served; read by mu-plugins/kontext-test.php. */
define( 'KONTEXT_TEST_EMBED_HOST', '{{embed_host}}' );
define( 'KONTEXT_TEST_EMBED_PORT', {{embed_port}} );

$table_prefix = 'wp_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
