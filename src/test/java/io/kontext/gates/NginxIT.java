package io.kontext.gates;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The nginx snippet Kontext writes ({@code _kontext/nginx.conf}) works in real nginx, included in a
 * server block as its comment says, with the site under its base path: nginx accepts it; explainer
 * pages get the strict headers (CSP with {@code frame-ancestors 'self'} and no
 * {@code unsafe-inline}, {@code X-Frame-Options}, five minutes' caching, HTML in UTF-8), embed pages
 * may be framed by anyone, fingerprinted assets are cached for a year and open to other origins; the
 * gzipped copies are served to clients that accept gzip; a missing page gets the custom 404 page
 * with the security headers; the hosting files themselves are not served; every header arrives
 * exactly as the snippet writes it. In Chromium through nginx, the pages' own stylesheet and scripts
 * run under the CSP without a single violation, another site may frame an embed page but not an
 * explainer page, and an address without its trailing slash still gives the working page.
 */
class NginxIT {

    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final String BASE = "/minimal/";
    static final String LONG = "public, max-age=31536000, immutable";
    static final Pattern ADD_HEADER = Pattern.compile("add_header\\s+(\\S+)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s+always;");

    @TempDir
    static Path projects;

    static Path dir;
    static Path site;
    static int port;
    static String snippet;
    /** The add_header lines of each location block of the snippet, by the location's argument. */
    static Map<String, Map<String, String>> blocks;
    static HttpClient http;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(NGINX)) {
            String message = "NGINX TESTS NOT RUN: nginx is not installed. Install it with: sudo apt-get install nginx-light";
            System.err.println(message);
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        // nginx's workers do not run as root: the web root must be readable by others
        dir = Files.createTempDirectory("kontext-nginx");
        Path www = Files.createDirectories(dir.resolve("www"));
        site = www.resolve(BASE.substring(1, BASE.length() - 1));
        TestProject.Run run = TestProject.fixture("minimal", projects)
                .build("--out", site.toString(), "--base-url", "http://127.0.0.1:" + port + BASE);
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        Files.createDirectories(dir.resolve("tmp"));
        snippet = Files.readString(site.resolve("_kontext/nginx.conf"), StandardCharsets.UTF_8);
        blocks = blocks(snippet);

        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 64; }
                http {
                  include /etc/nginx/mime.types;
                  default_type application/octet-stream;
                  access_log %1$s/access.log;
                  client_body_temp_path %1$s/tmp/body;
                  proxy_temp_path %1$s/tmp/proxy;
                  fastcgi_temp_path %1$s/tmp/fastcgi;
                  uwsgi_temp_path %1$s/tmp/uwsgi;
                  scgi_temp_path %1$s/tmp/scgi;
                  server {
                    listen 127.0.0.1:%2$d;
                    root %1$s/www;
                    include %3$s;
                  }
                }
                """.formatted(dir, port, site.resolve("_kontext/nginx.conf")));
        String test = nginx("-t", "-c", conf.toString(), "-e", dir.resolve("error.log").toString());
        if (test != null) {
            Assertions.fail("nginx -t rejects the configuration with the generated snippet included: " + test
                    + "\n--- _kontext/nginx.conf:\n" + snippet);
        }
        String started = nginx("-c", conf.toString(), "-e", dir.resolve("error.log").toString());
        if (started != null) {
            Assertions.fail("nginx did not start: " + started);
        }
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (dir == null) {
            return;
        }
        Path pidFile = dir.resolve("nginx.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
            var handle = ProcessHandle.of(pid);
            if (handle.isPresent()) {
                handle.get().onExit().get(10, TimeUnit.SECONDS);
            }
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void anExplainerPageHasTheStrictCspXFrameOptionsShortCachingAndIsHtmlInUtf8() {
        HttpResponse<byte[]> r = get(BASE + "en/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, "Content-Security-Policy")).contains("frame-ancestors 'self'").contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(header(r, "X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(header(r, "Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(header(r, "Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(header(r, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.body()).isEqualTo(read("en/index.html"));
    }

    @Test
    void anEmbedPageMayBeFramedByAnySiteAndHasNoXFrameOptions() {
        HttpResponse<byte[]> r = get(BASE + "embed/en/timeline/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, "Content-Security-Policy")).contains("frame-ancestors *").doesNotContain("unsafe-inline")
                .doesNotContain("frame-ancestors 'self'");
        assertThat(r.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(header(r, "Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(header(r, "Cache-Control")).isEqualTo("public, max-age=300");
    }

    @Test
    void fingerprintedCssAndJsAreCachedForAYearImmutableOpenToAnyOriginAndTyped() throws IOException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(site.resolve("assets"))) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.matches(".+\\.[0-9a-f]{10}\\.css")) {
                    types.put(name, "text/css");
                } else if (name.matches(".+\\.[0-9a-f]{10}\\.js")) {
                    types.put(name, "application/javascript");
                }
            }
        }
        assertThat(types.values()).contains("text/css", "application/javascript");
        assertThat(types.keySet()).anyMatch(n -> n.startsWith("embed-loader."));
        types.forEach((name, type) -> {
            HttpResponse<byte[]> r = get(BASE + "assets/" + name);
            assertThat(r.statusCode()).as(name).isEqualTo(200);
            assertThat(header(r, "Cache-Control")).as(name).isEqualTo(LONG);
            assertThat(header(r, "Access-Control-Allow-Origin")).as(name).isEqualTo("*");
            assertThat(header(r, "Content-Type")).as(name).startsWith(type);
            assertThat(r.body()).as(name).isEqualTo(read("assets/" + name));
        });
        // a file that is not fingerprinted is cached for five minutes only
        HttpResponse<byte[]> card = get(BASE + "assets/card-en.png");
        assertThat(header(card, "Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(header(card, "Content-Type")).isEqualTo("image/png");
    }

    @Test
    void aClientThatAcceptsGzipGetsTheGzFileBesideThePage() {
        for (String page : List.of("en/", "embed/en/timeline/")) {
            HttpResponse<byte[]> r = get(BASE + page, "Accept-Encoding", "gzip");
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(header(r, "Content-Encoding")).as(page).isEqualTo("gzip");
            assertThat(header(r, "Content-Type")).as(page).isEqualTo("text/html; charset=utf-8");
            // nginx's own gzip is off: these are exactly the bytes of the .gz file
            assertThat(r.body()).as(page).isEqualTo(read(page + "index.html.gz"));
        }
        assertThat(get(BASE + "en/").headers().firstValue("Content-Encoding")).as("without Accept-Encoding").isEmpty();
    }

    @Test
    void aMissingPageGets404WithTheCustom404PageAndStillTheSecurityHeaders() {
        HttpResponse<byte[]> r = get(BASE + "en/no-such-page/");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).isEqualTo(read("404.html"));
        assertThat(header(r, "Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(header(r, "Content-Security-Policy")).contains("frame-ancestors 'self'");
        assertThat(header(r, "X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(header(r, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theNginxSnippetAndTheHeadersFileAreNotServed() {
        assertThat(Files.exists(site.resolve("_kontext/nginx.conf"))).isTrue();
        assertThat(Files.exists(site.resolve("_headers"))).isTrue();
        for (String path : List.of("_kontext/nginx.conf", "_kontext/", "_headers")) {
            for (String encoding : List.of("identity", "gzip")) {
                HttpResponse<byte[]> r = get(BASE + path, "Accept-Encoding", encoding);
                assertThat(r.statusCode()).as(path + " " + encoding).isEqualTo(404);
                assertThat(new String(r.body(), StandardCharsets.UTF_8)).as(path).doesNotContain("add_header")
                        .doesNotContain("Content-Security-Policy:");
            }
        }
    }

    @Test
    void everyResponseCarriesItsLocationsHeadersExactlyAsTheSnippetWritesThem() throws IOException {
        String fingerprinted;
        try (Stream<Path> files = Files.list(site.resolve("assets"))) {
            fingerprinted = files.map(p -> p.getFileName().toString()).filter(n -> n.matches(".+\\.[0-9a-f]{10}\\.css"))
                    .findFirst().orElseThrow();
        }
        String regexBlock = blocks.keySet().stream().filter(k -> k.startsWith("~")).findFirst().orElseThrow(
                () -> new AssertionError("no regex location for fingerprinted assets in:\n" + snippet));
        Map<String, List<String>> samples = new LinkedHashMap<>();
        samples.put(BASE, List.of(BASE, BASE + "en/", BASE + "sv/parallel/", BASE + "en/no-such-page/"));
        samples.put(BASE + "embed/", List.of(BASE + "embed/en/timeline/", BASE + "embed/sv/figures/oembed.json"));
        samples.put(regexBlock, List.of(BASE + "assets/" + fingerprinted));
        samples.put(BASE + "assets/", List.of(BASE + "assets/card-en.png"));
        samples.put(BASE + "data/", List.of(BASE + "data/en/timeline.json", BASE + "data/sv/sources.csv"));
        assertThat(samples.keySet()).as("every location of the snippet that adds headers is requested")
                .containsExactlyInAnyOrderElementsOf(blocks.keySet());

        Set<String> managed = new LinkedHashSet<>();
        blocks.values().forEach(b -> managed.addAll(b.keySet()));
        List<String> problems = new ArrayList<>();
        samples.forEach((location, paths) -> {
            Map<String, String> expected = blocks.get(location);
            for (String path : paths) {
                HttpResponse<byte[]> r = get(path);
                for (String name : managed) {
                    List<String> got = r.headers().allValues(name);
                    List<String> want = expected.containsKey(name) ? List.of(expected.get(name)) : List.of();
                    if (!got.equals(want)) {
                        problems.add(path + " (location " + location + "): " + name + " was " + got + ", written " + want);
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theExplainerAndAnEmbedPageRunTheirStylesheetAndScriptsUnderTheCspWithoutAViolation() {
        Browser b = browser();
        for (String page : List.of("en/", "embed/en/timeline/")) {
            b.driver().get(url(page));
            waitUntil(() -> "complete".equals(b.js("return document.readyState")), page + " did not load");
            assertStyledAndScripted(page);
            // later violations: choosing a category in the filter
            b.js("document.querySelector('[data-timeline-filter] button[data-category]:not([data-category=\"\"])').click()");
            assertThat(b.js("return document.querySelectorAll('.timeline li.event[hidden]').length"))
                    .as(page + ": the filter hid the other categories' events").isNotEqualTo(0L);
            assertThat(b.js("return window.kontextCsp")).as(page + ": CSP violations").isEqualTo(List.of());
        }
    }

    @Test
    void anotherSiteMayFrameAnEmbedPageButNotAnExplainerPage() throws IOException {
        Browser b = browser();
        Path hostRoot = Files.createDirectories(projects.resolve("host"));
        Files.writeString(hostRoot.resolve("404.html"), "<!DOCTYPE html><title>Not found</title>");
        Files.writeString(hostRoot.resolve("host.html"), """
                <!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>Partner</title>
                <iframe id="embed" title="Embed" src="%s" style="width:600px;height:400px"></iframe>
                <iframe id="page" title="Page" src="%s" style="width:600px;height:400px"></iframe>
                </html>""".formatted(url("embed/en/timeline/"), url("en/")));
        try (StaticServer host = new StaticServer(hostRoot, "/")) {
            b.driver().get(host.url("host.html"));
            WebElement embed = b.driver().findElement(By.id("embed"));
            WebElement page = b.driver().findElement(By.id("page"));
            waitUntil(() -> Boolean.TRUE.equals(inFrame(b, embed, "return document.querySelector('main h1') !== null")),
                    "the embed page did not show in the other site's frame");
            waitUntil(() -> inFrame(b, page, "return location.href").toString().startsWith("chrome-error:"),
                    "the explainer page was not blocked in the other site's frame: "
                            + inFrame(b, page, "return location.href"));
        }
    }

    @Test
    void anAddressWithoutItsTrailingSlashStillGivesTheStyledPageWithItsScript() {
        // readers and partners type and paste addresses without the final slash; the pages link their
        // stylesheet and scripts relatively, so the page must end up at the address with the slash
        Browser b = browser();
        for (String page : List.of("en", "embed/en/timeline")) {
            b.driver().get(url(page));
            waitUntil(() -> "complete".equals(b.js("return document.readyState")), page + " did not load");
            assertStyledAndScripted(page);
        }
    }

    // --- helpers

    private static Browser browser() {
        if (browser == null) {
            browser = Browser.start();
            // runs in every new document before its own scripts, so even violations during loading are seen
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    window.kontextCsp = [];
                    document.addEventListener('securitypolicyviolation', e =>
                        window.kontextCsp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));
                    """));
        }
        return browser;
    }

    /** The page's own stylesheet applied and its script ran (the timeline filter is shown only by it). */
    private static void assertStyledAndScripted(String page) {
        Browser b = browser;
        Object sheets = b.js("""
                return [...document.styleSheets].filter(s => s.href && s.href.includes('/assets/kontext.'))
                    .map(s => s.href + ' has ' + s.cssRules.length + ' rules');""");
        assertThat(sheets).as(page + ": the Kontext stylesheet, loaded")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(1)
                .allSatisfy(s -> assertThat(s.toString()).contains(BASE + "assets/").doesNotEndWith(" 0 rules"));
        assertThat(b.js("return getComputedStyle(document.querySelector('.vh')).position")).as(page + ": styled")
                .isEqualTo("absolute");
        WebElement filter = b.driver().findElement(By.cssSelector("[data-timeline-filter]"));
        assertThat(filter.isDisplayed()).as(page + ": the script showed the timeline filter").isTrue();
        assertThat(b.js("return window.kontextCsp")).as(page + ": CSP violations while loading").isEqualTo(List.of());
    }

    private static Object inFrame(Browser b, WebElement frame, String script) {
        b.driver().switchTo().frame(frame);
        try {
            return b.js(script);
        } finally {
            b.driver().switchTo().defaultContent();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String why) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage(why)
                .ignoring(org.openqa.selenium.NoSuchFrameException.class).until(d -> condition.getAsBoolean());
    }

    /** Runs nginx with the arguments; null when it succeeded, else what it printed. */
    private static String nginx(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(NGINX.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroy();
            return "nginx " + args[0] + " did not finish: " + out;
        }
        return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + out;
    }

    /** The add_header lines of each multi-line location block, by the location's argument. */
    static Map<String, Map<String, String>> blocks(String conf) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : conf.split("\n")) {
            String t = line.trim();
            if (t.startsWith("location ") && t.endsWith("{")) {
                current = new LinkedHashMap<>();
                out.put(t.substring("location ".length(), t.length() - 1).trim(), current);
            } else if (t.equals("}")) {
                current = null;
            } else if (current != null) {
                Matcher m = ADD_HEADER.matcher(t);
                if (m.matches()) {
                    current.put(m.group(1), m.group(2).replace("\\\"", "\""));
                }
            }
        }
        out.values().removeIf(Map::isEmpty);
        return out;
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + port + BASE + path;
    }

    private static HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> r, String name) {
        List<String> values = r.headers().allValues(name);
        assertThat(values).as(r.uri() + " " + name).hasSize(1);
        return values.get(0);
    }

    private static byte[] read(String relative) {
        try {
            return Files.readAllBytes(site.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
