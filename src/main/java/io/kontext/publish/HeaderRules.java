package io.kontext.publish;

import io.kontext.layout.Layout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The response headers every file of a built site is served with, from one set of rules that the
 * {@code _headers} file, the nginx snippet and {@code kontext publish} (as object metadata) all
 * use. What kind a file is depends on where the {@link Layout} puts it.
 */
public final class HeaderRules {

    /** How long a file may be kept: five minutes, so that a correction reaches readers fast. */
    static final String SHORT = "public, max-age=300";
    /** A fingerprinted file never changes under its name: a year, and never revalidated. */
    static final String LONG = "public, max-age=31536000, immutable";

    /** What a file is, for its headers. */
    public enum Kind {
        /** A page of the explainer (or the sitemap, the feed, robots.txt): framed only by the site. */
        PAGE,
        /** An embed page or its oEmbed answer: framed by anyone. */
        EMBED,
        /** A data download: read by scripts on other sites. */
        DATA,
        /** A stylesheet or script with its hash in its name. */
        FINGERPRINTED,
        /** Any other file under {@code assets/}. */
        ASSET,
        /** The host's own files ({@code _headers}, the nginx snippet): not for readers. */
        HOSTING
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=UTF-8"), Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"), Map.entry("json", "application/json; charset=UTF-8"),
            Map.entry("xml", "application/xml; charset=UTF-8"), Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("csv", "text/csv; charset=UTF-8"), Map.entry("svg", "image/svg+xml; charset=UTF-8"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"), Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"), Map.entry("pdf", "application/pdf"), Map.entry("gz", "application/gzip"),
            Map.entry("conf", "text/plain; charset=UTF-8"));

    private HeaderRules() {
    }

    public static Kind kind(String path) {
        if (Layout.isHosting(path)) {
            return Kind.HOSTING;
        }
        if (path.startsWith(Layout.ASSETS)) {
            return Layout.FINGERPRINTED.matcher(path).matches() ? Kind.FINGERPRINTED : Kind.ASSET;
        }
        if (path.startsWith(Layout.DATA)) {
            return Kind.DATA;
        }
        if (path.startsWith(Layout.EMBEDS)) {
            return Kind.EMBED;
        }
        return Kind.PAGE;
    }

    /** How long a file of this kind may be kept by browsers and caches. */
    public static String cacheControl(Kind kind) {
        return kind == Kind.FINGERPRINTED ? LONG : SHORT;
    }

    /**
     * The media type of a file, by its name; text with its charset. The charset is written
     * {@code UTF-8}: servers built on Jetty (S3Proxy among them) rewrite {@code utf-8} to it before
     * checking a request's signature, which then fails.
     */
    public static String contentType(String path) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        if (name.equals("_headers")) {
            return TYPES.get("txt");
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream" : TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(
                java.util.Locale.ROOT), "application/octet-stream");
    }

    /** Whether a file is text, which is worth storing gzipped. */
    public static boolean isText(String path) {
        String type = contentType(path);
        return type.contains("charset=");
    }

    /**
     * The language of a file's words, where it has one: the language folder it is in
     * ({@code sv/…}, {@code embed/sv/…}, {@code data/sv/…}).
     */
    public static Optional<String> language(String path, Set<String> languages) {
        String[] parts = path.split("/");
        if (parts.length > 1 && languages.contains(parts[0])) {
            return Optional.of(parts[0]);
        }
        if (parts.length > 2 && (path.startsWith(Layout.EMBEDS) || path.startsWith(Layout.DATA))
                && languages.contains(parts[1])) {
            return Optional.of(parts[1]);
        }
        return Optional.empty();
    }

    /**
     * The headers a store can keep with an object, as {@code kontext publish} sets them:
     * {@code Content-Type} (with its charset), {@code Cache-Control}, {@code Content-Language}
     * where the file is of one language, and {@code Content-Encoding: gzip} for a gzipped body.
     * The rest of the rule set (the security headers, CORS) cannot be kept per object: the CDN in
     * front of the store sets them.
     */
    public static Map<String, String> objectHeaders(String path, Set<String> languages, boolean gzipped) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", contentType(path));
        h.put("Cache-Control", cacheControl(kind(path)));
        language(path, languages).ifPresent(l -> h.put("Content-Language", l));
        if (gzipped) {
            h.put("Content-Encoding", "gzip");
        }
        return h;
    }
}
