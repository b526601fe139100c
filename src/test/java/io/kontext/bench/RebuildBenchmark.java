package io.kontext.bench;

import io.kontext.serve.DevServer;
import io.kontext.testing.TestProject;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The preview server's warm rebuild, measured as the server itself reports it: a copy of a
 * project is served, a browser page is stood in for by an event stream reporting the address of
 * one page, and a one-line edit is made to a content file again and again. Prints the median time
 * until the open page is shown rebuilt, and until the whole site is. Not a test: {@code src/bench/run}
 * calls it.
 *
 * <p>Usage: {@code RebuildBenchmark PROJECT CONTENT_FILE PAGE [EDITS]}, e.g.
 * {@code . site/content/en/summary.md en/ 25}
 */
public final class RebuildBenchmark {

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        String file = args[1];
        String page = args[2];
        int edits = args.length > 3 ? Integer.parseInt(args[3]) : 25;
        Path copy = Files.createTempDirectory("kontext-rebuild");
        for (String part : List.of("site", "templates", "seeds")) {
            if (Files.exists(source.resolve(part))) {
                TestProject.copyTree(source.resolve(part), copy.resolve(part));
            }
        }
        BlockingQueue<DevServer.Build> builds = new LinkedBlockingQueue<>();
        DevServer server = new DevServer(new DevServer.Settings(copy, "127.0.0.1", 0, false, Optional.empty(),
                Duration.ofMillis(20)), builds::add);
        URI site = server.start();
        try {
            next(builds);
            HttpClient http = HttpClient.newHttpClient();
            String path = site.getRawPath() + page;
            HttpResponse<InputStream> events = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/__kontext/events?page=" + URLEncoder.encode(path, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream stream = events.body()) {
                Path edited = copy.resolve(file);
                String original = Files.readString(edited);
                List<Double> open = new ArrayList<>();
                List<Double> whole = new ArrayList<>();
                for (int i = 0; i < edits; i++) {
                    Files.writeString(edited, original + "\nOne more line, number " + i + ".\n");
                    DevServer.Build b = next(builds);
                    if (!b.ok()) {
                        throw new IllegalStateException("the build failed: " + b.diagnostics().all());
                    }
                    whole.add(b.took().toNanos() / 1e6);
                    b.first().ifPresent(f -> open.add(f.took().toNanos() / 1e6));
                }
                System.out.printf(Locale.ROOT, "warm rebuild after a one-line edit of %s, %d edits, %s open:%n",
                        file, edits, path);
                if (!open.isEmpty()) {
                    System.out.printf(Locale.ROOT, "  open page shown: median %.1f ms (%.1f-%.1f)%n",
                            StageBenchmark.median(open), min(open), max(open));
                }
                System.out.printf(Locale.ROOT, "  whole site:      median %.1f ms (%.1f-%.1f)%n",
                        StageBenchmark.median(whole), min(whole), max(whole));
            }
        } finally {
            server.close();
        }
    }

    private static DevServer.Build next(BlockingQueue<DevServer.Build> builds) throws InterruptedException {
        DevServer.Build b = builds.poll(120, TimeUnit.SECONDS);
        if (b == null) {
            throw new IllegalStateException("no build within 120 s");
        }
        return b;
    }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
