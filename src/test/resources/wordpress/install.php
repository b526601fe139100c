<?php
/*
 * Installs the test's WordPress and writes its posts, as an editor would have them, without
 * WP-CLI: php install.php <wordpress folder> <posts.json> <database host> <database port>.
 * posts.json is a list of {"slug", "title", "content"}; prints {"slug": permalink, ...} as JSON
 * on its last line.
 */
if ( PHP_SAPI !== 'cli' || $argc !== 5 ) {
	fwrite( STDERR, "usage: php install.php <wordpress folder> <posts.json> <database host> <database port>\n" );
	exit( 2 );
}
$root  = rtrim( $argv[1], '/' );
$posts = json_decode( file_get_contents( $argv[2] ), true );

// The database server is new and empty (and runs without accounts): the database comes first.
mysqli_report( MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT );
$db = new mysqli( $argv[3], 'wordpress', '', '', (int) $argv[4] );
$db->query( 'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci' );
$db->close();

// wp-config.php defines the home URL; WordPress reads the host from the request.
define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = '127.0.0.1';

// No mail server here: the "your new site" mail is not sent.
function wp_new_blog_notification() {
}

require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$installed = wp_install( 'Partner newsroom', 'editor', 'editor@example.org', false, '', 'editor-password-for-tests' );
if ( is_wp_error( $installed ) || empty( $installed['user_id'] ) ) {
	fwrite( STDERR, "wp_install failed\n" );
	exit( 1 );
}
wp_set_current_user( $installed['user_id'] );

switch_theme( 'twentytwentythree' );
if ( get_stylesheet() !== 'twentytwentythree' || ! wp_get_theme()->exists() ) {
	fwrite( STDERR, "the theme twentytwentythree is not installed\n" );
	exit( 1 );
}
global $wp_rewrite;
$wp_rewrite->set_permalink_structure( '/%postname%/' );
flush_rewrite_rules( false );

$links = array();
foreach ( $posts as $post ) {
	$id = wp_insert_post(
		array(
			'post_name'    => $post['slug'],
			'post_title'   => $post['title'],
			'post_content' => $post['content'],
			'post_status'  => 'publish',
			'post_type'    => 'post',
			'post_author'  => $installed['user_id'],
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $post['slug'] . ': ' . $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$links[ $post['slug'] ] = get_permalink( $id );
}
echo json_encode( $links, JSON_UNESCAPED_SLASHES ), "\n";
