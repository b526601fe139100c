package io.kontext.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.kontext.render.OutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers every request: first the checks (only GET and HEAD, a {@code Host} naming this server,
 * a plain path), then live reload, the preview's own pages and files, and the site from memory.
 * While the latest build has failed, every HTML page is the error page; other files still come
 * from the last good build.
 */
final class Routes implements HttpHandler {

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("conf", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("gif", "image/gif"),
            Map.entry("avif", "image/avif"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"), Map.entry("ttf", "font/ttf"), Map.entry("gz", "application/gzip"),
            Map.entry("geojson", "application/geo+json"), Map.entry("webmanifest", "application/manifest+json"));
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final List<String> DEV_FILES = List.of("live.js", "preview.js", "dev.css");

    private final Supplier<Snapshot> site;
    private final HostCheck hosts;
    private final LiveReload live;
    private final DevPages pages;
    private final PreviewPages previews;
    private final String builtFor;
    private final Map<String, byte[]> devFiles;

    /** @param builtFor the origin the site is built for ({@code http://127.0.0.1:1313}) */
    Routes(Supplier<Snapshot> site, HostCheck hosts, LiveReload live, DevPages pages, String builtFor) {
        this.site = site;
        this.hosts = hosts;
        this.live = live;
        this.pages = pages;
        this.previews = new PreviewPages(pages);
        this.builtFor = builtFor;
        this.devFiles = DEV_FILES.stream().collect(java.util.stream.Collectors.toMap(n -> n, DevPages::file));
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            route(exchange);
        } catch (IOException e) {
            // the browser went away
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            text(ex, 405, "http.405");
            return;
        }
        URI uri = ex.getRequestURI();
        if (uri.getScheme() != null || uri.getRawAuthority() != null) {
            text(ex, 400, "http.400");
            return;
        }
        List<String> host = ex.getRequestHeaders().get("Host");
        if (host == null || host.size() != 1 || !hosts.allowsHost(host.get(0))) {
            text(ex, 403, "http.403.host");
            return;
        }
        Optional<RequestPath> parsed = RequestPath.parse(uri.getRawPath());
        if (parsed.isEmpty()) {
            text(ex, 400, "http.400");
            return;
        }
        String path = parsed.get().value();
        Snapshot snapshot = site.get();
        if (path.equals(LiveReload.EVENTS)) {
            if (!hosts.allowsOrigin(ex.getRequestHeaders().getFirst("Origin"))) {
                text(ex, 403, "http.403.origin");
                return;
            }
            live.stream(ex);
        } else if (path.equals(PreviewPages.PREFIX.substring(0, PreviewPages.PREFIX.length() - 1))) {
            redirect(ex, 301, PreviewPages.PREFIX);
        } else if (path.startsWith(PreviewPages.PREFIX)) {
            preview(ex, path, snapshot, "http://" + host.get(0).strip());
        } else {
            site(ex, path, uri.getRawPath(), snapshot);
        }
    }

    private void preview(HttpExchange ex, String path, Snapshot snapshot, String requested) throws IOException {
        byte[] file = devFiles.get(path.substring(PreviewPages.PREFIX.length()));
        if (file != null) {
            send(ex, 200, type(path), file);
        } else if (snapshot.failing()) {
            errorPage(ex, snapshot);
        } else {
            Optional<String> page = previews.render(path, snapshot, builtFor, requested);
            if (page.isPresent()) {
                html(ex, 200, page.get().getBytes(StandardCharsets.UTF_8), snapshot);
            } else {
                text(ex, 404, "http.404");
            }
        }
    }

    private void site(HttpExchange ex, String path, String rawPath, Snapshot snapshot) throws IOException {
        String base = snapshot.basePath();
        if (!path.startsWith(base)) {
            if (path.equals("/")) {
                redirect(ex, 302, ascii(base));
            } else if ((path + "/").equals(base)) {
                redirect(ex, 301, rawPath + "/");
            } else {
                notFound(ex, snapshot);
            }
            return;
        }
        String rel = path.substring(base.length());
        boolean folder = rel.isEmpty() || rel.endsWith("/");
        Optional<OutputFile> file = snapshot.file(folder ? rel + "index.html" : rel);
        if (file.isEmpty() && !folder && snapshot.file(rel + "/index.html").isPresent()) {
            redirect(ex, 301, rawPath + "/");
        } else if (file.isEmpty()) {
            notFound(ex, snapshot);
        } else if (file.get().isHtml()) {
            if (snapshot.failing()) {
                errorPage(ex, snapshot);
            } else {
                html(ex, 200, file.get().content(), snapshot);
            }
        } else {
            send(ex, 200, type(file.get().path()), file.get().content());
        }
    }

    /** The site's own 404 page, as a static host would answer; the error page while failing. */
    private void notFound(HttpExchange ex, Snapshot snapshot) throws IOException {
        Optional<OutputFile> page = snapshot.file("404.html");
        if (snapshot.failing()) {
            errorPage(ex, snapshot);
        } else if (page.isPresent()) {
            html(ex, 404, page.get().content(), snapshot);
        } else {
            text(ex, 404, "http.404");
        }
    }

    private void errorPage(HttpExchange ex, Snapshot snapshot) throws IOException {
        html(ex, 500, snapshot.errorPage().orElseThrow().getBytes(StandardCharsets.UTF_8), snapshot);
    }

    private void html(HttpExchange ex, int status, byte[] page, Snapshot snapshot) throws IOException {
        send(ex, status, TYPES.get("html"), LiveReload.inject(page, snapshot.generation()));
    }

    private void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        send(ex, status, TEXT, new byte[0]);
    }

    private void text(HttpExchange ex, int status, String key) throws IOException {
        send(ex, status, TEXT, (pages.word(key) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        if (ex.getRequestMethod().equals("HEAD")) {
            // the JDK server leaves the length of a HEAD response to the handler
            h.set("Content-Length", String.valueOf(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String type(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals("_headers")) {
            return TEXT;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream" : TYPES.getOrDefault(name.substring(dot + 1), "application/octet-stream");
    }

    private static String ascii(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
