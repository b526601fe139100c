package io.kontext.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Live reload over Server-Sent Events. Every served HTML page gets a script that opens
 * {@link #EVENTS} and reloads the page when the build it was served from is no longer the current
 * one; a failed build counts as a new build, so open pages turn into the error page and back.
 *
 * <p>Each open stream holds one request thread (the server runs on a cached pool) and waits for
 * the next build or, for a heartbeat, a timeout: the heartbeat's write is what notices a closed tab.
 */
final class LiveReload implements Closeable {

    static final String EVENTS = "/__kontext/events";
    static final String SCRIPT = "/__kontext/live.js";

    /** Put into every client's queue to end its stream; no build id has a NUL. */
    private static final String CLOSE = "\0close";

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    /** The address of each open page (as its script reports it), with how many tabs show it. */
    private final java.util.Map<String, Integer> open = new ConcurrentHashMap<>();
    private final Duration heartbeat;
    private volatile String generation;
    private volatile boolean closed;

    LiveReload(Duration heartbeat) {
        this.heartbeat = heartbeat;
    }

    /** Tells every open page that the current build is now {@code generation}. */
    void announce(String generation) {
        this.generation = generation;
        for (BlockingQueue<String> q : clients) {
            q.offer(generation);
        }
    }

    /** Answers a request for {@link #EVENTS}: returns only when the page or the server goes away. */
    void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        String page = page(exchange.getRequestURI().getRawQuery());
        if (page != null) {
            open.merge(page, 1, Integer::sum);
        }
        try (OutputStream out = exchange.getResponseBody()) {
            write(out, "retry: 1000\n\n");
            String sent = null;
            String next = generation;
            while (!closed && !CLOSE.equals(next)) {
                if (next == null) {
                    write(out, ": ping\n\n");
                } else if (!next.equals(sent)) {
                    write(out, "event: build\ndata: " + next + "\n\n");
                    sent = next;
                }
                next = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
            if (page != null) {
                open.computeIfPresent(page, (k, n) -> n > 1 ? n - 1 : null);
            }
        }
    }

    /** The paths of the pages open in a browser now ({@code /en/}), as their scripts reported them. */
    Set<String> openPages() {
        return Set.copyOf(open.keySet());
    }

    /** The {@code page} parameter of an event stream request: a path, decoded; null if absent or odd. */
    static String page(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String part : rawQuery.split("&")) {
            if (part.startsWith("page=") && part.length() < 2048) {
                try {
                    String path = java.net.URLDecoder.decode(part.substring(5), StandardCharsets.UTF_8);
                    return path.startsWith("/") ? path : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Ends every open stream; the pages reconnect by themselves when a server is back. */
    @Override
    public void close() {
        closed = true;
        for (BlockingQueue<String> q : clients) {
            q.offer(CLOSE);
        }
    }

    /**
     * Adds the live-reload script to a served HTML page, before {@code </body>} (or at the end).
     * Only responses get it: the build's files are never changed.
     */
    static byte[] inject(byte[] html, String generation) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + SCRIPT + "?v=" + generation + "\" defer></script>";
        int at = page.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
