package io.kontext.gates;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** Serves a built site over HTTP on a free loopback port, as a static host would, for the browser tests. */
final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "xml", "application/xml", "txt",
            "text/plain; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "json", "application/json");

    private final HttpServer server;
    private final String base;
    private final String host;

    /** Serves the site in {@code root} under {@code base} ("/name/"), where it is published. */
    StaticServer(Path root, String base) {
        this(root, base, "127.0.0.1", 0, path -> Map.of());
    }

    /**
     * Serves {@code root} under {@code base} on loopback {@code port} (0: any free port), with the
     * extra response {@code headers} for each request path, and gives URLs with the host name
     * {@code host} ("127.0.0.1" or "localhost": two different sites for the browser).
     */
    StaticServer(Path root, String base, String host, int port, Function<String, Map<String, String>> headers) {
        this.base = base;
        this.host = host;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = path.startsWith(base) ? root.resolve(path.substring(base.length())).normalize()
                    : root.resolve("no such file");
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            headers.apply(path).forEach(exchange.getResponseHeaders()::set);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url(String path) {
        return origin() + base + path;
    }

    /** The scheme, host and port the pages are served from, as {@code location.origin} has it. */
    String origin() {
        return "http://" + host + ":" + port();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
