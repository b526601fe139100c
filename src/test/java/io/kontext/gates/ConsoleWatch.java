package io.kontext.gates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The console of every page and every frame in the browser, cross-origin frames included, at
 * warning level and above. Chromedriver's own browser log misses cross-origin frames (with site
 * isolation they are other processes, other DevTools targets), so this is a second DevTools client
 * of the browser (Chromium allows several), on a plain WebSocket: it attaches to every target
 * automatically, the frames' ones too (they wait for it before they run, so even their first
 * messages are caught), and records {@code Runtime.consoleAPICalled}, {@code Runtime.exceptionThrown}
 * and {@code Log.entryAdded} (the browser's own messages: failed loads, CSP, sandbox blocks).
 */
final class ConsoleWatch implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final List<String> lines = new ArrayList<>();
    private final Map<String, String> targets = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();

    private ConsoleWatch(WebSocket socket) {
        this.socket = socket;
    }

    /** Attaches to the browser behind the driver, and to every page and frame it has or will have. */
    static ConsoleWatch attach(ChromeDriver driver) {
        Map<?, ?> options = (Map<?, ?>) driver.getCapabilities().getCapability("goog:chromeOptions");
        String address = (String) options.get("debuggerAddress");
        HttpClient http = HttpClient.newHttpClient();
        try {
            String version = http.send(HttpRequest.newBuilder(URI.create("http://" + address + "/json/version")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String url = JSON.readTree(version).get("webSocketDebuggerUrl").asText();
            Listener listener = new Listener();
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(url), listener).get(10, TimeUnit.SECONDS);
            ConsoleWatch watch = new ConsoleWatch(socket);
            listener.watch = watch;
            // the pages: attached now; each then attaches to its frames (and theirs) in turn
            watch.call(null, "Target.setAutoAttach", Map.of("autoAttach", true, "waitForDebuggerOnStart", false,
                    "flatten", true)).get(10, TimeUnit.SECONDS);
            return watch;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not attach to the browser's DevTools at " + address, e);
        }
    }

    /**
     * The messages at warning level and above since the last call, each with where it came from;
     * after a round trip to every page and frame, so that what they logged before has arrived.
     */
    List<String> drain() {
        for (String session : List.copyOf(targets.keySet())) {
            try {
                call(session, "Runtime.evaluate", Map.of("expression", "0")).get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                // a frame gone meanwhile
            }
        }
        synchronized (this) {
            List<String> out = List.copyOf(lines);
            lines.clear();
            return out;
        }
    }

    /** How many pages and frames are attached (for the report). */
    int targets() {
        return targets.size();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    private CompletableFuture<JsonNode> call(String session, String method, Map<String, Object> params) {
        long id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        calls.put(id, result);
        synchronized (socket) {
            socket.sendText(message.toString(), true).join();
        }
        return result;
    }

    private void onMessage(JsonNode m) {
        if (m.has("id")) {
            CompletableFuture<JsonNode> call = calls.remove(m.get("id").asLong());
            if (call != null) {
                call.complete(m);
            }
            return;
        }
        String method = m.path("method").asText();
        JsonNode p = m.path("params");
        String where = targets.getOrDefault(m.path("sessionId").asText(), "browser");
        switch (method) {
            case "Target.attachedToTarget" -> {
                String session = p.get("sessionId").asText();
                JsonNode info = p.get("targetInfo");
                String type = info.path("type").asText();
                if (!type.equals("page") && !type.equals("iframe")) {
                    // workers and the like: let them run
                    call(session, "Runtime.runIfWaitingForDebugger", Map.of());
                    return;
                }
                targets.put(session, type.equals("page") ? "page" : "frame");
                call(session, "Runtime.enable", Map.of());
                call(session, "Log.enable", Map.of());
                call(session, "Target.setAutoAttach", Map.of("autoAttach", true, "waitForDebuggerOnStart", true,
                        "flatten", true));
                call(session, "Runtime.runIfWaitingForDebugger", Map.of());
            }
            case "Target.detachedFromTarget" -> targets.remove(p.path("sessionId").asText());
            case "Target.targetInfoChanged" -> {
                // the url of a target as it navigates (attached sessions keep their ids)
            }
            case "Runtime.consoleAPICalled" -> {
                String type = p.path("type").asText();
                if (type.equals("warning") || type.equals("error") || type.equals("assert")) {
                    List<String> args = new ArrayList<>();
                    p.path("args").forEach(a -> args.add(a.has("value") ? a.get("value").asText()
                            : a.path("description").asText(a.path("type").asText())));
                    JsonNode frame = p.path("stackTrace").path("callFrames").path(0);
                    record(where, "console." + type + ": " + String.join(" ", args)
                            + (frame.isMissingNode() ? "" : " (" + frame.path("url").asText() + ":"
                                    + (frame.path("lineNumber").asInt() + 1) + ")"));
                }
            }
            case "Runtime.exceptionThrown" -> {
                JsonNode d = p.path("exceptionDetails");
                record(where, "uncaught: " + d.path("exception").path("description").asText(d.path("text").asText())
                        + " (" + d.path("url").asText() + ":" + (d.path("lineNumber").asInt() + 1) + ")");
            }
            case "Log.entryAdded" -> {
                JsonNode e = p.path("entry");
                String level = e.path("level").asText();
                if (level.equals("warning") || level.equals("error")) {
                    record(where, e.path("source").asText() + " " + level + ": " + e.path("text").asText()
                            + (e.hasNonNull("url") ? " (" + e.get("url").asText() + ")" : ""));
                }
            }
            default -> {
                // other events of the enabled domains
            }
        }
    }

    private synchronized void record(String where, String line) {
        lines.add("[" + where + "] " + line.strip());
    }

    /** Reads the socket's messages, which may come in parts. */
    private static final class Listener implements WebSocket.Listener {
        volatile ConsoleWatch watch;
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                try {
                    ConsoleWatch w = watch;
                    if (w != null) {
                        w.onMessage(JSON.readTree(message));
                    }
                } catch (IOException | RuntimeException e) {
                    System.err.println("ConsoleWatch: " + e);
                }
            }
            socket.request(1);
            return null;
        }
    }
}
