<?php
/**
 * Plugin Name: Kontext embed test
 * Description: Lets WordPress fetch oEmbed data from the Kontext test site on loopback.
 *
 * This must-use plugin is the only thing the test changes in a stock WordPress. WordPress refuses
 * to fetch ("wp_safe_remote_get") from loopback hosts, and from ports other than 80, 443 and
 * 8080, so oEmbed discovery would never reach a Kontext site served on localhost at a free port.
 * A real partner's WordPress fetches a public https host, which needs neither filter. Exactly the
 * test server's host and port are allowed, nothing else.
 */

add_filter(
	'http_request_host_is_external',
	function ( $external, $host ) {
		return $external || strtolower( $host ) === KONTEXT_TEST_EMBED_HOST;
	},
	10,
	2
);

add_filter(
	'http_allowed_safe_ports',
	function ( $ports, $host ) {
		if ( strtolower( $host ) === KONTEXT_TEST_EMBED_HOST ) {
			$ports[] = KONTEXT_TEST_EMBED_PORT;
		}
		return $ports;
	},
	10,
	2
);
