package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The rules for addresses written in content and data. External addresses must be well-formed
 * {@code https:} URLs. Links in Markdown may also be relative or {@code mailto:}; every other scheme
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:} ...) is refused, judged
 * after decoding entities and percent-escapes and removing the whitespace and control characters
 * browsers ignore, so that {@code java&#115;cript:} or {@code ja&Tab;vascript:} are caught too.
 */
public final class Links {

    private static final Set<String> SAFE_SCHEMES = Set.of("https", "http", "mailto");

    private Links() {
    }

    /** Reports an error unless {@code url} is a well-formed absolute https URL. */
    public static boolean checkExternal(String url, Position at, Diagnostics d) {
        String problem = externalProblem(url);
        if (problem != null) {
            d.error(at, "url", "'" + url + "' " + problem, "write the full address, starting with https://");
            return false;
        }
        return true;
    }

    /** Why {@code url} is not a well-formed https address, or {@code null} when it is one. */
    public static String externalProblem(String url) {
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme())) {
                return "is not an https: address";
            }
            if (uri.getHost() == null || !uri.getHost().contains(".")) {
                return "has no valid host name";
            }
            return null;
        } catch (URISyntaxException e) {
            return "is not a valid address (" + e.getReason() + ")";
        }
    }

    /**
     * The scheme a browser would see in {@code href}, lower-cased, or {@code null} for a relative
     * address. Decodes HTML entities and percent-escapes and drops characters browsers strip.
     */
    public static String effectiveScheme(String href) {
        String s = Parser.unescapeEntities(href, true);
        s = percentDecode(s);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c != '\u007f' && !Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT) {
                b.append(c);
            }
        }
        String t = b.toString();
        int colon = t.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String before = t.substring(0, colon);
        if (before.contains("/") || before.contains("?") || before.contains("#")) {
            return null;
        }
        return before.toLowerCase(Locale.ROOT);
    }

    /** True for relative addresses, fragments and the schemes Kontext allows in content. */
    public static boolean isSafe(String href) {
        String scheme = effectiveScheme(href);
        return scheme == null || SAFE_SCHEMES.contains(scheme);
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()
                    && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
