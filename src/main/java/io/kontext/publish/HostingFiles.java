package io.kontext.publish;

import io.kontext.layout.Layout;
import io.kontext.render.OutputFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * What a static host needs beside the pages: the security and cache headers as a {@code _headers}
 * file (Netlify, Cloudflare Pages) and as an nginx snippet ({@code _kontext/nginx.conf}), and a
 * gzipped copy of every text file for hosts that serve precompressed files (nginx
 * {@code gzip_static}).
 *
 * <p>The explainer's pages may only be framed by the site itself; the embed pages by anyone.
 * {@code frame-ancestors} works only as a header, which is why these files exist. Scripts run only
 * from the site's own files: no inline script, no {@code unsafe-inline}. Fingerprinted files are
 * cached for a year, everything else for five minutes, so that a correction reaches readers fast.
 */
public final class HostingFiles {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";
    static final Map<String, String> COMMON = headers("X-Content-Type-Options", "nosniff", "Referrer-Policy",
            "strict-origin-when-cross-origin", "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    private static final String SHORT = HeaderRules.SHORT;
    private static final String LONG = HeaderRules.LONG;

    private HostingFiles() {
    }

    /** The headers files for a site of these files: {@code _headers} and {@code _kontext/nginx.conf}. */
    public static List<OutputFile> headerFiles(java.util.Collection<String> paths, Layout layout) {
        String base = layout.basePath();
        List<String> sorted = new ArrayList<>(new TreeSet<>(paths));
        return List.of(new OutputFile(layout.headers().path(), netlify(rules(sorted, base)).getBytes(StandardCharsets.UTF_8),
                "site/site.yaml"), new OutputFile(layout.nginx().path(), nginx(layout).getBytes(StandardCharsets.UTF_8),
                "site/site.yaml"));
    }

    /** {@code robots.txt}: everything may be indexed, and the sitemap is here. */
    public static OutputFile robots(Layout layout) {
        return new OutputFile(layout.robots().path(), ("User-agent: *\nAllow: /\n\nSitemap: "
                + layout.url(layout.sitemap()) + "\n").getBytes(StandardCharsets.UTF_8), "site/site.yaml");
    }

    /** The gzipped copy of a text file, for hosts that serve precompressed files. */
    public static java.util.Optional<OutputFile> precompressed(OutputFile f) {
        if (HeaderRules.isText(f.path()) && HeaderRules.kind(f.path()) != HeaderRules.Kind.HOSTING
                && f.content().length > 0) {
            return java.util.Optional.of(new OutputFile(f.path() + ".gz", gzip(f.content()), f.origin()));
        }
        return java.util.Optional.empty();
    }

    /** Header sets by path pattern; no two patterns overlap, so no host has to merge them. */
    static Map<String, Map<String, String>> rules(List<String> paths, String base) {
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        Set<String> topFolders = new TreeSet<>();
        for (String path : paths) {
            int slash = path.indexOf('/');
            if (slash > 0) {
                topFolders.add(path.substring(0, slash));
            } else if (path.endsWith(".html") || path.endsWith(".xml") || path.endsWith(".txt")) {
                rules.put(base + path, page("'self'"));
            }
        }
        rules.put(base, page("'self'"));
        for (String folder : topFolders) {
            HeaderRules.Kind kind = HeaderRules.kind(folder + "/");
            if (kind == HeaderRules.Kind.ASSET || kind == HeaderRules.Kind.HOSTING) {
                continue;
            }
            rules.put(base + folder + "/*", kind == HeaderRules.Kind.DATA ? openData()
                    : page(kind == HeaderRules.Kind.EMBED ? "*" : "'self'"));
        }
        for (String path : paths) {
            if (path.startsWith(Layout.ASSETS)) {
                Map<String, String> h = new LinkedHashMap<>(COMMON);
                h.put("Access-Control-Allow-Origin", "*");
                h.put("Cross-Origin-Resource-Policy", "cross-origin");
                h.put("Cache-Control", HeaderRules.cacheControl(HeaderRules.kind(path)));
                rules.put(base + path, h);
            }
        }
        return rules;
    }

    /** The data downloads: readable by scripts on other sites, as open data should be. */
    private static Map<String, String> openData() {
        Map<String, String> h = new LinkedHashMap<>(COMMON);
        h.put("Access-Control-Allow-Origin", "*");
        h.put("Cross-Origin-Resource-Policy", "cross-origin");
        h.put("Cache-Control", SHORT);
        return h;
    }

    private static Map<String, String> page(String frameAncestors) {
        Map<String, String> h = new LinkedHashMap<>(COMMON);
        h.put("Content-Security-Policy", CSP + "; frame-ancestors " + frameAncestors);
        if (!frameAncestors.equals("*")) {
            h.put("X-Frame-Options", "SAMEORIGIN");
            h.put("Cross-Origin-Opener-Policy", "same-origin");
        } else {
            h.put("Cross-Origin-Resource-Policy", "cross-origin");
        }
        h.put("Cache-Control", SHORT);
        return h;
    }

    static String netlify(Map<String, Map<String, String>> rules) {
        StringBuilder b = new StringBuilder("# Headers for Netlify and Cloudflare Pages, written by Kontext.\n");
        b.append("# Each path has one complete block; no two blocks match the same file.\n");
        rules.forEach((path, headers) -> {
            b.append('\n').append(path).append('\n');
            headers.forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
        });
        return b.toString();
    }

    /**
     * An nginx snippet for a {@code server} block whose root holds the site. Every location repeats
     * the whole header set, because nginx drops inherited {@code add_header}s in a location that
     * sets its own.
     */
    static String nginx(Layout layout) {
        String base = layout.basePath();
        String notFound = base + layout.notFound().path();
        StringBuilder b = new StringBuilder();
        b.append("# nginx snippet written by Kontext. Include it in a server block whose root is the folder\n");
        b.append("# that holds ").append(base).append(" (the site's base path), e.g.\n");
        b.append("#   server { listen 443 ssl; root /srv/www; include /srv/www").append(base)
                .append(layout.nginx().path()).append("; }\n\n");
        b.append("charset utf-8;\ngzip_static on;\ngzip_vary on;\nserver_tokens off;\n");
        b.append("\n");
        b.append("location ").append(base).append(Layout.HOSTING).append(" { return 404; }\n");
        b.append("location = ").append(base).append(layout.headers().path()).append(" { return 404; }\n\n");
        // "$uri/" lets nginx redirect a folder address to its slash form: the pages' relative links
        // need it
        b.append("location ").append(base).append(Layout.EMBEDS).append(" {\n").append(adds(page("*"), "    "));
        b.append("    try_files $uri $uri/ =404;\n");
        b.append("    error_page 404 ").append(notFound).append(";\n}\n\n");
        Map<String, String> asset = new LinkedHashMap<>(COMMON);
        asset.put("Access-Control-Allow-Origin", "*");
        asset.put("Cross-Origin-Resource-Policy", "cross-origin");
        b.append("location ~ \"^").append(base.replaceAll("[^A-Za-z0-9/_~-]", "\\\\$0"))
                .append(Layout.ASSETS).append(".+\\.[0-9a-f]{10}\\.(css|js)$\" {\n");
        Map<String, String> fingerprinted = new LinkedHashMap<>(asset);
        fingerprinted.put("Cache-Control", LONG);
        b.append(adds(fingerprinted, "    ")).append("}\n\n");
        b.append("location ").append(base).append(Layout.DATA).append(" {\n").append(adds(openData(), "    ")).append("}\n\n");
        b.append("location ").append(base).append(Layout.ASSETS).append(" {\n");
        Map<String, String> other = new LinkedHashMap<>(asset);
        other.put("Cache-Control", SHORT);
        b.append(adds(other, "    ")).append("}\n\n");
        b.append("location ").append(base).append(" {\n").append(adds(page("'self'"), "    "));
        b.append("    try_files $uri $uri/ =404;\n");
        b.append("    error_page 404 ").append(notFound).append(";\n}\n");
        return b.toString();
    }

    private static String adds(Map<String, String> headers, String indent) {
        StringBuilder b = new StringBuilder();
        headers.forEach((k, v) -> b.append(indent).append("add_header ").append(k).append(" \"")
                .append(v.replace("\"", "\\\"")).append("\" always;\n"));
        return b.toString();
    }

    /** Deterministic gzip: no file name and no time in the header. */
    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes) {
            {
                def.setLevel(9);
            }
        }) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, String> headers(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
