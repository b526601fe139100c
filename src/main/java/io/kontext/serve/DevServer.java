package io.kontext.serve;

import com.sun.net.httpserver.HttpServer;
import io.kontext.pipeline.Pipeline;
import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.load.Project;
import io.kontext.render.RenderCache;
import io.kontext.render.OutputFile;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The preview server. {@link #start()} builds the site, starts serving it and watching its sources;
 * every burst of changes rebuilds it in memory, swaps the new build in (or the error page, if it
 * failed), tells open pages to reload, and then writes a good build to {@code target/site}.
 * {@link #close()} stops it all. It never exits the process: the command decides that.
 */
public final class DevServer implements AutoCloseable {

    /**
     * @param project the project folder
     * @param host the address to listen on ({@code 127.0.0.1}); also accepted in {@code Host}
     * @param port the port to listen on; if it is busy, a free one is taken; 0 takes any free one
     * @param lenient warnings do not fail a build
     * @param baseUrl the {@code --base-url} given, whose path replaces the one of site.yaml
     * @param quiet how long the sources must stay unchanged before a rebuild starts
     */
    public record Settings(Path project, String host, int port, boolean lenient, Optional<String> baseUrl,
            Duration quiet) {

        public static final Duration QUIET = Duration.ofMillis(100);
    }

    /**
     * What one build did, for the terminal.
     *
     * @param number 1 for the build at start, then 2, 3, ...
     * @param ok whether the site was swapped in (else the error page is shown)
     * @param diagnostics every problem the build found
     * @param took how long the pipeline ran
     * @param changed the changed files that started it, relative to the project
     * @param bug an exception from the pipeline: a bug in Kontext
     */
    public record Build(int number, boolean ok, Diagnostics diagnostics, Duration took, List<String> changed,
            Optional<RuntimeException> bug, Optional<OpenPages> first) {
    }

    /**
     * The pages open in a browser, rebuilt and shown before the rest of the site: how many, and how
     * long it took from the edit being noticed to their reload being announced.
     */
    public record OpenPages(int pages, Duration took) {
    }

    /** Told about every build, on the thread that ran it. */
    public interface Listener {
        void built(Build build);
    }

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final int PORTS_TO_TRY = 20;

    private final Settings settings;
    private final Project project;
    private final Listener listener;
    private final LiveReload live = new LiveReload(HEARTBEAT);
    private final DevPages pages = new DevPages();
    private final ErrorPage errorPage = new ErrorPage(pages);
    private final String session = HexFormat.of().toHexDigits(new SecureRandom().nextInt());
    /** What rebuilds may keep from the ones before: parsed templates, drawn maps, social cards. */
    private final RenderCache cache = RenderCache.session();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile Snapshot current;
    private int builds;
    private HttpServer server;
    private ExecutorService executor;
    private SiteWatcher watcher;
    private String origin;

    public DevServer(Settings settings, Listener listener) {
        this.settings = settings;
        this.project = new Project(settings.project());
        this.listener = listener;
    }

    /**
     * Binds the port, builds the site, starts serving and watching.
     *
     * @return the site's address ({@code http://127.0.0.1:1313/nordkorea-arbetare/})
     * @throws IOException if no port could be bound or the sources cannot be watched
     */
    public URI start() throws IOException {
        InetAddress address = InetAddress.getByName(settings.host());
        server = bind(address, settings.port());
        int port = server.getAddress().getPort();
        String urlHost = address.isAnyLocalAddress() ? "127.0.0.1" : HostCheck.literal(settings.host());
        origin = "http://" + urlHost + ":" + port;
        watcher = new SiteWatcher(project.root(), Project.SOURCE_FOLDERS, settings.quiet(), this::rebuild);
        current = new Snapshot(session + "-0", "/", Map.of(), Optional.empty(), Optional.empty());
        rebuild(List.of());
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "kontext-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", new Routes(() -> current,
                new HostCheck(settings.host(), address.isAnyLocalAddress(), port), live, pages, origin));
        server.start();
        watcher.start();
        return siteUrl();
    }

    /** The port listened on: the one asked for, unless it was busy. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Where the site is: the local origin and the site's base path. */
    public URI siteUrl() {
        return URI.create(origin + current.basePath());
    }

    /** Where the preview pages are. */
    public URI previewUrl() {
        return URI.create(origin + PreviewPages.PREFIX);
    }

    /** Waits until {@link #close()} has been called. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops watching, ends the event streams and stops serving; once, from whichever thread comes first. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // stopping anyway
        }
        live.close();
        if (server != null) {
            server.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        closed.countDown();
    }

    private static HttpServer bind(InetAddress address, int port) throws IOException {
        BindException busy = null;
        for (int i = 0; i < PORTS_TO_TRY && port + i <= 65535; i++) {
            try {
                return HttpServer.create(new InetSocketAddress(address, port == 0 ? 0 : port + i), 0);
            } catch (BindException e) {
                if (port == 0) {
                    throw e;
                }
                busy = e;
            }
        }
        try {
            return HttpServer.create(new InetSocketAddress(address, 0), 0);
        } catch (BindException e) {
            throw busy != null ? busy : e;
        }
    }

    /**
     * Builds, swaps the result in, tells open pages; one at a time. The build runs the same
     * pipeline as {@code kontext build}, keeping the files in memory to serve them and writing a
     * good build to {@code target/site} on the way. When pages are open in a browser and the site
     * was fine, those pages are rendered first and announced at once; the whole build follows, and
     * open pages reload again only if it changes them or fails.
     */
    private synchronized void rebuild(List<String> changed) {
        int number = ++builds;
        String generation = session + "-" + number;
        long start = System.nanoTime();
        Pipeline.Options options = Pipeline.Options.of(project.root(),
                Pipeline.Target.folderAndMemory(project.defaultOutput())).baseUrl(settings.baseUrl())
                .origin(Optional.of(origin)).lenient(settings.lenient()).cache(cache);
        Optional<OpenPages> first = Optional.empty();
        Map<String, OutputFile> fast = Map.of();
        Set<String> open = openOutputs(current.basePath());
        if (!open.isEmpty() && !current.failing() && !current.files().isEmpty()) {
            try {
                Diagnostics quick = new Diagnostics();
                Pipeline.Result partial = new Pipeline().run(options.onlyPages(open::contains), quick);
                if (partial.ok() && !partial.files().isEmpty()
                        && partial.site().map(Pipeline.SiteIndex::basePath).orElse("").equals(current.basePath())) {
                    Map<String, OutputFile> merged = new LinkedHashMap<>(current.files());
                    merged.putAll(partial.files());
                    fast = partial.files();
                    current = new Snapshot(generation, current.basePath(), Map.copyOf(merged), Optional.empty(),
                            current.site());
                    live.announce(generation);
                    first = Optional.of(new OpenPages(fast.size(), Duration.ofNanos(System.nanoTime() - start)));
                }
            } catch (RuntimeException e) {
                // the whole build below runs again and reports it
            }
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<RuntimeException> bug = Optional.empty();
        Pipeline.Result result;
        try {
            result = new Pipeline().run(options, diagnostics);
        } catch (RuntimeException e) {
            bug = Optional.of(e);
            diagnostics.error(Position.ofFile("kontext"), "internal", "internal error: " + e,
                    "this is a bug in Kontext; run again with --verbose for the stack trace and report it");
            result = null;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        boolean ok = result != null && result.ok();
        if (ok) {
            Map<String, OutputFile> files = result.files();
            Map<String, OutputFile> shownFirst = fast;
            boolean same = first.isPresent() && shownFirst.values().stream()
                    .allMatch(f -> files.containsKey(f.path()) && Arrays.equals(files.get(f.path()).content(), f.content()));
            String shown = same ? generation : generation + "-all";
            current = new Snapshot(shown, result.site().orElseThrow().basePath(), Map.copyOf(files), Optional.empty(),
                    result.site());
            if (!same) {
                live.announce(shown);
            }
        } else {
            // before the first good build, the error page is shown at the site's root
            current = new Snapshot(generation + "-all", current.basePath(), current.files(),
                    Optional.of(errorPage.render(diagnostics)), current.site());
            live.announce(current.generation());
        }
        listener.built(new Build(number, ok, diagnostics, took, changed, bug, first));
    }

    /** The output paths of the pages open in a browser ({@code en/index.html}) that the site has. */
    private Set<String> openOutputs(String basePath) {
        Set<String> out = new java.util.TreeSet<>();
        for (String page : live.openPages()) {
            if (!page.startsWith(basePath)) {
                continue;
            }
            String path = page.substring(basePath.length());
            String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
            if (current.files().containsKey(file) && file.endsWith(".html")) {
                out.add(file);
            }
        }
        return out;
    }
}
