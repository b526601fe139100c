package io.kontext.serve;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which {@code Host} and {@code Origin} headers the server answers. A page on another site can make
 * the browser send requests here, and with DNS rebinding even read the answers; naming this
 * server's own host and port is what such a request cannot do. Allowed: {@code 127.0.0.1},
 * {@code localhost}, {@code [::1]} and the host given with {@code --host}, each with the server's
 * port; and, when the server listens on every interface, any IP address with that port (an address
 * cannot be rebound, only a name can).
 */
final class HostCheck {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+]");

    private final Set<String> hosts = new HashSet<>();
    private final boolean anyAddress;
    private final int port;

    /**
     * @param host the host the server listens on, as given ({@code 127.0.0.1}, {@code ::1},
     *     {@code preview.local}, {@code 0.0.0.0})
     * @param anyAddress whether it listens on every interface
     */
    HostCheck(String host, boolean anyAddress, int port) {
        this.anyAddress = anyAddress;
        this.port = port;
        for (String h : new String[] {"127.0.0.1", "localhost", "[::1]", literal(host)}) {
            String name = h.toLowerCase(Locale.ROOT);
            hosts.add(name + ":" + port);
            if (port == 80) {
                hosts.add(name);
            }
        }
    }

    /** The host as it is written in a URL: an IPv6 address in brackets. */
    static String literal(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Whether a request with this {@code Host} header is answered. */
    boolean allowsHost(String header) {
        if (header == null) {
            return false;
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (hosts.contains(h)) {
            return true;
        }
        if (!anyAddress) {
            return false;
        }
        int colon = h.lastIndexOf(':');
        if (colon < 0 || !h.substring(colon + 1).equals(String.valueOf(port))) {
            return false;
        }
        String name = h.substring(0, colon);
        return IPV4.matcher(name).matches() || IPV6.matcher(name).matches();
    }

    /**
     * Whether a request with this {@code Origin} header is answered: none at all (a same-origin
     * request, or not a browser), or this server itself.
     */
    boolean allowsOrigin(String header) {
        if (header == null) {
            return true;
        }
        String o = header.strip().toLowerCase(Locale.ROOT);
        return o.startsWith("http://") && allowsHost(o.substring("http://".length()));
    }
}
