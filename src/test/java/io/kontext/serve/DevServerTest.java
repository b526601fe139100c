package io.kontext.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the preview server on the minimal fixture and talks to it as a browser (or an attacker)
 * would, over plain HTTP: live reload through the event stream, the error page, the preview pages
 * and the checks on every request. Waits on events, never on the clock.
 */
class DevServerTest {

    private static final long WAIT_SECONDS = 60;
    private static final String SECRET = "secret-that-must-not-leak";

    @TempDir
    Path tmp;

    private final BlockingQueue<DevServer.Build> builds = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private TestProject project;
    private DevServer server;
    private URI site;
    private int port;

    @BeforeEach
    void start() throws Exception {
        project = TestProject.fixture("minimal", tmp);
        project.write("secret.txt", SECRET).write("target/secret.txt", SECRET);
        server = new DevServer(settings(0, DevServer.Settings.QUIET), builds::add);
        site = server.start();
        port = server.port();
        assertThat(nextBuild().ok()).isTrue();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesTheSiteUnderItsBasePathBuiltForTheLocalAddress() throws Exception {
        assertThat(site).hasToString("http://127.0.0.1:" + port + "/bron/");
        HttpResponse<String> page = get(site.resolve("en/"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<link rel=\"canonical\" href=\"http://127.0.0.1:" + port + "/bron/en/\">")
                .contains("<script src=\"/__kontext/live.js?v=");

        HttpResponse<String> root = get(URI.create("http://127.0.0.1:" + port + "/"));
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue("/bron/");
        assertThat(get(site.resolve("en")).headers().firstValue("Location")).hasValue("/bron/en/");
    }

    @Test
    void answersAMissingPathWithTheSites404Page() throws Exception {
        HttpResponse<String> missing = get(site.resolve("no-such-page/"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo(get(site.resolve("404.html")).body())
                .contains("<meta name=\"robots\" content=\"noindex\">");
    }

    @Test
    void reloadsOpenPagesWhenAContentFileChangesAndServesTheNewContent() throws Exception {
        try (Events events = new Events()) {
            String shown = events.next();
            project.edit("site/content/en/summary.md", "### A heading", "### A heading that changed");
            String rebuilt = events.next();
            assertThat(rebuilt).isNotEqualTo(shown);
            assertThat(get(site.resolve("en/")).body()).contains("A heading that changed")
                    .contains("/__kontext/live.js?v=" + rebuilt);
            DevServer.Build build = nextBuild();
            assertThat(build.ok()).isTrue();
            assertThat(build.changed()).containsExactly("site/content/en/summary.md");
            assertThat(build.took()).isPositive();
        }
    }

    @Test
    void theOpenPageIsRebuiltAndShownFirstAndTheWholeBuildDoesNotReloadItAgain() throws Exception {
        try (Events events = new Events("/bron/en/")) {
            events.next();
            project.edit("site/content/en/summary.md", "### A heading", "### A heading changed for the open page");
            String first = events.next();
            DevServer.Build build = nextBuild();
            assertThat(build.ok()).isTrue();
            assertThat(build.first()).hasValueSatisfying(open -> {
                assertThat(open.pages()).isEqualTo(1);
                assertThat(open.took()).isPositive().isLessThanOrEqualTo(build.took());
            });
            // the whole build made the same page: it is served under the id announced first
            assertThat(get(site.resolve("en/")).body()).contains("A heading changed for the open page")
                    .contains("/__kontext/live.js?v=" + first);
            // and the pages that were not open are up to date too
            assertThat(get(site.resolve("data/en/timeline.json")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withNoPageOpenTheWholeSiteIsBuiltAtOnce() throws Exception {
        project.edit("site/content/en/summary.md", "### A heading", "### A heading nobody watches");
        DevServer.Build build = nextBuild();
        assertThat(build.ok()).isTrue();
        assertThat(build.first()).isEmpty();
        assertThat(get(site.resolve("en/")).body()).contains("A heading nobody watches");
    }

    @Test
    void showsTheBuildErrorInEveryPageWithItsPositionAndReturnsToTheSiteWhenFixed() throws Exception {
        try (Events events = new Events()) {
            events.next();
            project.edit("site/data/timeline.yaml", "    status: confirmed",
                    "    status: confirmd <script>alert(1)</script>");
            String failed = events.next();
            assertThat(nextBuild().ok()).isFalse();
            for (String path : List.of("en/", "sv/", "no-such-page/")) {
                HttpResponse<String> page = get(site.resolve(path));
                assertThat(page.statusCode()).as(path).isEqualTo(500);
                assertThat(page.body()).as(path)
                        .contains("site/data/timeline.yaml:5:13: error: ")
                        .contains("     5 |     status: confirmd &lt;script&gt;alert(1)&lt;/script&gt;")
                        .contains("hint: use one of: confirmed, reported, claimed")
                        .contains("/__kontext/live.js?v=" + failed)
                        .doesNotContain("<script>alert(1)");
            }

            project.edit("site/data/timeline.yaml", "    status: confirmd <script>alert(1)</script>",
                    "    status: confirmed");
            events.next();
            assertThat(nextBuild().ok()).isTrue();
            HttpResponse<String> page = get(site.resolve("en/"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Old bridge torn down").doesNotContain("timeline.yaml:5:13");
        }
    }

    @Test
    void aBurstOfSavesMakesOneBuild() throws Exception {
        server.close();
        try (DevServer slow = new DevServer(settings(0, Duration.ofMillis(400)), builds::add)) {
            slow.start();
            assertThat(nextBuild().ok()).isTrue();
            project.edit("site/content/en/summary.md", "### A heading", "### Heading one")
                    .edit("site/content/sv/summary.md", "### En rubrik", "### Rubrik ett")
                    .edit("site/data/glossary.yaml", "terms:", "# a comment\nterms:");
            DevServer.Build build = nextBuild();
            assertThat(build.changed()).contains("site/content/en/summary.md", "site/content/sv/summary.md",
                    "site/data/glossary.yaml");
        }
    }

    @Test
    void keepsTheLastGoodBuildOnDiskInTargetSite() throws Exception {
        Path page = project.path("target/site/en/index.html");
        assertThat(Files.readString(page)).contains("http://127.0.0.1:" + port + "/bron/en/")
                .doesNotContain("__kontext");
        byte[] good = Files.readAllBytes(page);
        project.edit("site/data/timeline.yaml", "    status: confirmed", "    status: unknown");
        assertThat(nextBuild().ok()).isFalse();
        assertThat(Files.readAllBytes(page)).isEqualTo(good);
    }

    @Test
    void whatItWritesToTargetSiteIsWhatKontextBuildWritesForTheSameAddress() throws Exception {
        Map<String, String> served = TestProject.hashes(project.path("target/site"));
        Path out = tmp.resolve("built");
        TestProject.Run build = project.build("--out", out.toString(), "--base-url", site.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(served).as("target/site of the preview, gzipped copies included").isNotEmpty()
                .containsOnlyKeys(TestProject.hashes(out).keySet()).isEqualTo(TestProject.hashes(out));
    }

    @Test
    void refusesEveryPathThatTriesToLeaveTheSite() throws Exception {
        for (String target : List.of("/../secret.txt", "/bron/../secret.txt", "/bron/../../secret.txt",
                "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/bron/.%2e/.%2e/secret.txt", "/..%2fsecret.txt",
                "/bron/..%2f..%2fsecret.txt", "/bron/..%5c..%5csecret.txt", "/bron/%5c..%5c..%5csecret.txt",
                "/%252e%252e/", "/bron/%252e%252e%252f%252e%252e%252fsecret.txt", "//secret.txt",
                "/bron/%00", "/bron/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.txt", "/bron/\\..\\..\\secret.txt",
                "/C:/secret.txt", "/bron/./en/")) {
            String response = raw("GET " + target + " HTTP/1.1", "Host: 127.0.0.1:" + port);
            assertThat(status(response)).as(target).isIn(400, 404);
            assertThat(response).as(target).doesNotContain(SECRET);
        }
        assertThat(status(raw("GET /bron/../secret.txt HTTP/1.1", "Host: 127.0.0.1:" + port))).isEqualTo(400);
        assertThat(status(raw("GET /%2e%2e/secret.txt HTTP/1.1", "Host: 127.0.0.1:" + port))).isEqualTo(400);
        assertThat(status(raw("GET /..%2fsecret.txt HTTP/1.1", "Host: 127.0.0.1:" + port))).isEqualTo(400);
        assertThat(status(raw("GET /%252e%252e/ HTTP/1.1", "Host: 127.0.0.1:" + port))).isEqualTo(400);
        assertThat(status(raw("GET http://127.0.0.1:" + port + "/bron/ HTTP/1.1", "Host: 127.0.0.1:" + port)))
                .isEqualTo(400);
    }

    @Test
    void refusesAForeignHostHeader() throws Exception {
        for (String host : List.of("attacker.example:" + port, "attacker.example", "127.0.0.1:" + (port + 1),
                "127.0.0.1", "localhost.attacker.example:" + port, "192.168.1.10:" + port)) {
            assertThat(status(raw("GET /bron/en/ HTTP/1.1", "Host: " + host))).as(host).isEqualTo(403);
        }
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port)) {
            assertThat(status(raw("GET /bron/en/ HTTP/1.1", "Host: " + host))).as(host).isEqualTo(200);
        }
    }

    @Test
    void theEventStreamRefusesAForeignOrigin() throws Exception {
        for (String origin : List.of("https://attacker.example", "http://attacker.example:" + port, "null",
                "http://127.0.0.1:" + (port + 1))) {
            String response = raw("GET /__kontext/events HTTP/1.1", "Host: 127.0.0.1:" + port, "Origin: " + origin);
            assertThat(status(response)).as(origin).isEqualTo(403);
            assertThat(response).as(origin).doesNotContain("event: build");
        }
        assertThat(statusLine("GET /__kontext/events HTTP/1.1", "Host: 127.0.0.1:" + port,
                "Origin: http://127.0.0.1:" + port)).contains(" 200 ");
    }

    @Test
    void onlyReadsAndNeverListsAFolderOrAllowsAnyOrigin() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
            String response = raw(method + " /bron/en/ HTTP/1.1", "Host: 127.0.0.1:" + port, "Content-Length: 0");
            assertThat(status(response)).as(method).isEqualTo(405);
            assertThat(response.toLowerCase()).as(method).contains("allow: get, head");
        }
        String head = raw("HEAD /bron/en/ HTTP/1.1", "Host: 127.0.0.1:" + port);
        assertThat(status(head)).isEqualTo(200);
        assertThat(head).endsWith("\r\n\r\n").containsIgnoringCase("content-length: ");

        HttpResponse<String> folder = get(site.resolve("assets/"));
        assertThat(folder.statusCode()).isEqualTo(404);
        assertThat(folder.body()).doesNotContain("embed-loader.");

        String asset = raw("GET /bron/robots.txt HTTP/1.1", "Host: 127.0.0.1:" + port,
                "Origin: https://attacker.example");
        assertThat(status(asset)).isEqualTo(200);
        assertThat(asset.toLowerCase()).doesNotContain("access-control-allow-origin");
    }

    @Test
    void showsEveryEmbedInAMockPartnerArticleAndTheLanguagesSideBySide() throws Exception {
        String embeds = get(URI.create("http://127.0.0.1:" + port + "/__kontext/embeds/")).body();
        for (String dir : List.of("embed/en/timeline/", "embed/sv/timeline/works/", "embed/sv/figure/cost/",
                "embed/en/event/opening/", "embed/en/figures/")) {
            assertThat(embeds).contains("src=\"/__kontext/partner/" + dir + "\" title=\"Mock partner article with")
                    .contains("href=\"/bron/" + dir + "\"");
        }
        assertThat(embeds).contains("width=\"375\"").contains("width=\"1280\"")
                .contains("&lt;div class=&quot;kontext-embed&quot; data-kontext-embed=&quot;http://127.0.0.1:"
                        + port + "/bron/embed/en/timeline/&quot;");
        assertThat(embeds.split("src=\"/__kontext/partner/", -1)).hasSize(2 * 16 + 1);

        String partner = get(URI.create("http://127.0.0.1:" + port + "/__kontext/partner/embed/sv/figure/cost/"))
                .body();
        assertThat(partner).contains("<div class=\"kontext-embed\" data-kontext-embed=\"http://127.0.0.1:" + port
                + "/bron/embed/sv/figure/cost/\"").contains("<script async src=\"http://127.0.0.1:" + port
                + "/bron/assets/embed-loader.");
        String viaLocalhost = raw("GET /__kontext/partner/embed/sv/figure/cost/ HTTP/1.1", "Host: localhost:" + port);
        assertThat(viaLocalhost).contains("data-kontext-embed=\"http://localhost:" + port + "/bron/embed/sv/figure/cost/\"");
        assertThat(get(URI.create("http://127.0.0.1:" + port + "/__kontext/partner/embed/xx/")).statusCode())
                .isEqualTo(404);

        String languages = get(URI.create("http://127.0.0.1:" + port + "/__kontext/languages/")).body();
        assertThat(languages).contains("<iframe src=\"/bron/sv/\"").contains("<iframe src=\"/bron/en/\"");
    }

    @Test
    void takesAnotherPortWhenTheAskedOneIsBusy() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
                DevServer other = new DevServer(settings(busy.getLocalPort(), DevServer.Settings.QUIET), b -> { })) {
            URI url = other.start();
            assertThat(other.port()).isNotEqualTo(busy.getLocalPort());
            assertThat(url.getPort()).isEqualTo(other.port());
        }
    }

    @Test
    void aBuildsOutputHasNoLiveReloadCode() throws Exception {
        TestProject.Run run = project.build("--out", tmp.resolve("built").toString());
        assertThat(run.exitCode()).isZero();
        for (Path dir : List.of(tmp.resolve("built"), project.path("target/site"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    assertThat(text).as(f.toString()).doesNotContain("__kontext").doesNotContain("EventSource")
                            .doesNotContain("live.js");
                }
            }
        }
    }

    private DevServer.Settings settings(int port, Duration quiet) {
        return new DevServer.Settings(project.root(), "127.0.0.1", port, false, Optional.empty(), quiet);
    }

    private DevServer.Build nextBuild() throws InterruptedException {
        DevServer.Build build = builds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(build).as("a build within " + WAIT_SECONDS + " s").isNotNull();
        return build;
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends a request exactly as written (HttpClient would normalise the path) and reads the answer
     * until the server closes the connection; an answer that stays open (an event stream that should
     * have been refused) ends the read after a short while instead of hanging the test.
     */
    private String raw(String requestLine, String... headers) throws IOException {
        try (Socket socket = open(requestLine, headers)) {
            socket.setSoTimeout(2_000);
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            try {
                for (int n = in.read(buffer); n >= 0 && System.nanoTime() < deadline; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException e) {
                out.write("\n[still open]".getBytes(StandardCharsets.UTF_8));
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** The status line only, for a stream that stays open. */
    private String statusLine(String requestLine, String... headers) throws IOException {
        try (Socket socket = open(requestLine, headers)) {
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.write(c);
            }
            return line.toString(StandardCharsets.UTF_8);
        }
    }

    private Socket open(String requestLine, String... headers) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        StringBuilder request = new StringBuilder(requestLine).append("\r\n");
        for (String h : headers) {
            request.append(h).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    private static int status(String response) {
        String[] parts = response.split(" ", 3);
        assertThat(parts).as(response).hasSizeGreaterThan(1);
        return Integer.parseInt(parts[1]);
    }

    /** The live-reload stream, read as a page's EventSource would: the build ids it announces. */
    private final class Events implements AutoCloseable {
        private final BlockingQueue<String> announced = new LinkedBlockingQueue<>();
        private final HttpResponse<Stream<String>> response;

        Events() throws Exception {
            this(null);
        }

        /** @param page the address of the page the stream is for, as its script reports it */
        Events(String page) throws Exception {
            response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__kontext/events"
                    + (page == null ? "" : "?page=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8))))
                    .build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().map()).containsEntry("content-type", List.of("text/event-stream; charset=utf-8"));
            Thread reader = new Thread(() -> {
                try {
                    response.body().filter(l -> l.startsWith("data: ")).forEach(l -> announced.add(l.substring(6)));
                } catch (RuntimeException e) {
                    // the stream was closed
                }
            }, "test-events");
            reader.setDaemon(true);
            reader.start();
        }

        /** The next build id the server announces. */
        String next() throws InterruptedException {
            String id = announced.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(id).as("a build event within " + WAIT_SECONDS + " s").isNotNull();
            return id;
        }

        @Override
        public void close() {
            response.body().close();
        }
    }
}
