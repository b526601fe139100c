package io.kontext.gates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kontext.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * The embeds work where partner newsrooms put them: in a page of another site. Every site here is
 * a different origin, as in real use: the built sites are served from {@code localhost:P2} with the
 * headers their own {@code _headers} file gives (so the loader script, with SRI and
 * {@code crossorigin}, loads only because the assets allow any origin, and the embed pages may be
 * framed only because their CSP says {@code frame-ancestors *}); the partner's pages come from
 * {@code 127.0.0.1:P1}, and a third party's frame from {@code 127.0.0.1:P3}.
 *
 * <p>Proven in headless Chromium: the copy-paste snippet of every embed, exactly as
 * {@code oembed.json} gives it, sizes its iframe to the embed's content (within 2 px) and follows
 * the content when it grows and shrinks; a real pym.js parent sizes it too; a host stylesheet that
 * sets iframe heights does not break it; height messages from another origin or another window are
 * ignored; two embeds on one page are sized each to its own content; the documented div-only markup
 * gets its iframe from the loader; and the shipped explainer's timeline, pasted into a bare page,
 * shows at its full height with no inner scroll bar.
 */
class EmbedIT {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final Path PYM = TestProject.REPO.resolve("src/test/js/node_modules/pym.js/dist/pym.v1.min.js");

    @TempDir
    static Path tmp;

    static Browser browser;
    /** localhost:P2: the built sites, each under its base path, with its _headers. */
    static StaticServer embeds;
    /** 127.0.0.1:P1: the partner's pages. */
    static StaticServer host;
    /** 127.0.0.1:P3: a third party's page, framed by the partner. */
    static StaticServer other;
    static Path sites;
    static Path hostPages;
    static final List<HeaderRule> RULES = new CopyOnWriteArrayList<>();

    /** One block of a Netlify {@code _headers} file: a path pattern ({@code *} matches anything). */
    record HeaderRule(Pattern path, Map<String, String> headers) {
    }

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        browser.viewport(1024, 768);
        sites = Files.createDirectories(tmp.resolve("sites"));
        hostPages = Files.createDirectories(tmp.resolve("host"));
        Path third = Files.createDirectories(tmp.resolve("third"));
        for (Path root : List.of(sites, hostPages, third)) {
            Files.writeString(root.resolve("404.html"), "<!DOCTYPE html><title>Not found</title><p>Not found");
        }
        Files.writeString(third.resolve("frame.html"),
                "<!DOCTYPE html><html lang=\"en\"><title>Ad</title><p>A third party's frame</p></html>");
        // the server comes first, so the sites can be built for its (free) port
        embeds = new StaticServer(sites, "/", "localhost", 0, EmbedIT::headersFor);
        host = new StaticServer(hostPages, "/", "127.0.0.1", 0, path -> Map.of());
        other = new StaticServer(third, "/", "127.0.0.1", 0, path -> Map.of());
        build("minimal", TestProject.fixture("minimal", tmp.resolve("projects")));
        build("shipped", TestProject.shipped(tmp.resolve("projects")));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {browser, embeds, host, other}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing
                }
            }
        }
    }

    @Test
    void everyEmbedSnippetSizesItsIframeToTheEmbedsContent() throws IOException {
        List<String> embedsOfMinimal;
        try (Stream<Path> walk = Files.walk(sites.resolve("minimal/embed"))) {
            embedsOfMinimal = walk.filter(p -> p.getFileName().toString().equals("oembed.json"))
                    .map(p -> sites.resolve("minimal").relativize(p.getParent()) + "/").sorted().toList();
        }
        assertThat(embedsOfMinimal).as("the minimal fixture's embeds").hasSizeGreaterThanOrEqualTo(8);
        for (String embed : embedsOfMinimal) {
            open(hostPage("snippet.html", "", snippet("minimal", embed)));
            WebElement iframe = snippetFrame();
            waitUntilSized(iframe, embed);
            assertThat(js("return arguments[0].style.getPropertyPriority('height')", iframe))
                    .as(embed + ": the loader set the height").isEqualTo("important");
        }
    }

    @Test
    void theIframeFollowsTheContentWhenItGrowsAndWhenItShrinks() {
        open(hostPage("grow.html", "", snippet("minimal", "embed/en/timeline/")));
        WebElement iframe = snippetFrame();
        waitUntilSized(iframe, "before");
        double before = frameHeight(iframe);

        inFrame(iframe, () -> js("""
                const tall = document.createElement('div');
                tall.id = 'kontext-test-tall';
                tall.style.height = '700px';
                document.querySelector('main').append(tall);"""));
        waitUntil(() -> Math.abs(frameHeight(iframe) - (before + 700)) <= 2, () -> "the iframe did not grow by 700 px from "
                + before + ": " + heights(iframe));
        waitUntilSized(iframe, "grown");

        inFrame(iframe, () -> js("document.getElementById('kontext-test-tall').remove()"));
        waitUntil(() -> Math.abs(frameHeight(iframe) - before) <= 2, () -> "the iframe did not shrink back to "
                + before + ": " + heights(iframe));
        waitUntilSized(iframe, "shrunk");
    }

    @Test
    void aRealPymJsParentSizesTheEmbedToo() throws IOException {
        requirePym();
        Files.copy(PYM, hostPages.resolve("pym.v1.min.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String url = embeds.url("minimal/embed/en/timeline/");
        open(hostPage("pym.html", "", """
                <div id="container"></div>
                <script src="pym.v1.min.js"></script>
                <script>window.kontextPym = new pym.Parent('container', %s, {title: 'Timeline'});</script>
                """.formatted(jsString(url))));
        WebElement iframe = browser.driver().findElement(By.cssSelector("#container iframe"));
        assertThat(iframe.getAttribute("src")).startsWith(url).contains("childId=container");
        waitUntilSized(iframe, "pym");
        // pym sizes with the height attribute: no Kontext script on this page
        assertThat(js("return document.querySelector('[data-kontext-ready], script[src*=embed-loader]')")).isNull();
        assertThat(iframe.getAttribute("height")).isEqualTo(Math.round(frameHeight(iframe)) + "px");

        double before = frameHeight(iframe);
        inFrame(iframe, () -> js("""
                const tall = document.createElement('div');
                tall.style.height = '700px';
                document.querySelector('main').append(tall);"""));
        waitUntil(() -> Math.abs(frameHeight(iframe) - (before + 700)) <= 2, () -> "pym did not grow the iframe: "
                + heights(iframe));
    }

    @Test
    void aHostStylesheetThatSetsIframeHeightsTo100PercentDoesNotBreakTheSizing() {
        open(hostPage("host-css.html", "<style>iframe { height: 100%; } main iframe { height: 100% !important; }</style>",
                snippet("minimal", "embed/en/timeline/")));
        WebElement iframe = snippetFrame();
        waitUntilSized(iframe, "with iframe { height: 100% }");
    }

    @Test
    void heightMessagesFromAnotherOriginOrAnotherWindowAreIgnored() {
        String embedUrl = embeds.url("minimal/embed/en/timeline/");
        open(hostPage("rogue.html", "", snippet("minimal", "embed/en/timeline/") + """
                <p>An ad:</p>
                <iframe id="third" title="Ad" src="%s" style="width:300px;height:100px;border:0"></iframe>
                <p>The same embed again, narrower, without the loader's box:</p>
                <iframe id="twin" title="Twin" src="%s" style="width:240px;height:200px;border:0"></iframe>
                """.formatted(other.url("frame.html"), embedUrl)));
        WebElement iframe = snippetFrame();
        waitUntilSized(iframe, "before the rogue messages");
        double right = frameHeight(iframe);
        // counts the rogue messages after the loader has seen each (listeners run in order)
        js("""
                window.kontextRogue = 0;
                addEventListener('message', e => { if (e.data && e.data.rogue) window.kontextRogue++; });""");
        String rogue = "({type: 'kontext:height', v: 1, id: location.pathname, height: 5000, rogue: true})";
        // from another origin (127.0.0.1:P3)
        WebElement third = browser.driver().findElement(By.id("third"));
        waitUntil(() -> frameReady(third), () -> "the third party's frame did not load");
        inFrame(third, () -> js("parent.postMessage(" + rogue + ", '*')"));
        // from the embed's own origin but another window: a second copy of the embed
        WebElement twin = browser.driver().findElement(By.id("twin"));
        waitUntil(() -> frameReady(twin), () -> "the twin frame did not load");
        inFrame(twin, () -> js("parent.postMessage(" + rogue + ", '*')"));
        // from the host page itself
        js("window.postMessage(" + rogue + ", '*')");

        waitUntil(() -> ((Number) js("return window.kontextRogue")).intValue() == 3,
                () -> "not all rogue messages arrived: " + js("return window.kontextRogue"));
        assertThat(frameHeight(iframe)).as("the rogue messages were ignored").isCloseTo(right,
                org.assertj.core.data.Offset.offset(0.5));
        assertThat(Math.abs(frameHeight(iframe) - contentHeight(iframe))).isLessThanOrEqualTo(2);
        // the twin, narrower, reports a different real height on its own: that was ignored as well
        assertThat(Math.abs(contentHeight(twin) - right)).as("the twin's content differs in height").isGreaterThan(2);

        // the embed's own window, navigated away to another origin, is no longer trusted either
        inFrame(iframe, () -> js("location.href = arguments[0]", other.url("frame.html")));
        waitUntil(() -> frameReady(iframe) && other.url("frame.html").equals(inFrameJs(iframe, "return location.href")),
                () -> "the embed's frame did not navigate to the third party");
        inFrame(iframe, () -> js("parent.postMessage(" + rogue + ", '*')"));
        waitUntil(() -> ((Number) js("return window.kontextRogue")).intValue() == 4,
                () -> "the fourth rogue message did not arrive: " + js("return window.kontextRogue"));
        assertThat(frameHeight(iframe)).as("a message from the navigated frame was ignored").isCloseTo(right,
                org.assertj.core.data.Offset.offset(0.5));
    }

    private static Object inFrameJs(WebElement iframe, String script) {
        Object[] result = new Object[1];
        inFrame(iframe, () -> result[0] = js(script));
        return result[0];
    }

    @Test
    void twoEmbedsOnOnePageAreSizedEachToItsOwnContent() {
        open(hostPage("two.html", "", snippet("minimal", "embed/en/timeline/") + "<p>Between the embeds.</p>"
                + snippet("minimal", "embed/en/figures/")));
        List<WebElement> frames = browser.driver().findElements(By.cssSelector(".kontext-embed iframe"));
        assertThat(frames).hasSize(2);
        for (WebElement iframe : frames) {
            js("arguments[0].scrollIntoView()", iframe);
            waitUntilSized(iframe, iframe.getAttribute("src"));
        }
        assertThat(Math.abs(frameHeight(frames.get(0)) - frameHeight(frames.get(1)))).as("different contents")
                .isGreaterThan(2);
    }

    @Test
    void theDivOnlyMarkupGetsATitledLazyIframeFromTheLoaderAndIsSized() {
        String snippet = snippet("minimal", "embed/en/timeline/");
        Matcher script = Pattern.compile("<script[^>]*></script>").matcher(snippet);
        assertThat(script.find()).as("the snippet has the loader script").isTrue();
        String url = embeds.url("minimal/embed/en/timeline/");
        open(hostPage("div.html", "", "<div data-kontext-embed=\"" + url + "\" data-kontext-title=\"The timeline\"></div>"
                + script.group()));
        waitUntil(() -> !browser.driver().findElements(By.cssSelector("[data-kontext-embed] iframe")).isEmpty(),
                () -> "the loader made no iframe");
        WebElement iframe = browser.driver().findElement(By.cssSelector("[data-kontext-embed] iframe"));
        assertThat(iframe.getAttribute("title")).isEqualTo("The timeline");
        assertThat(iframe.getAttribute("loading")).isEqualTo("lazy");
        assertThat(iframe.getAttribute("src")).startsWith(url)
                .contains("kontextOrigin=" + java.net.URLEncoder.encode(host.origin(), StandardCharsets.UTF_8));
        waitUntilSized(iframe, "div-only");
    }

    @Test
    void pastingTheEnglishTimelineSnippetIntoABareHtmlPageServedFromAnotherPortShowsTheTimelineAtItsFullHeightWithNoInnerScrollBar()
            throws IOException {
        Files.writeString(hostPages.resolve("bare.html"), snippet("shipped", "embed/en/timeline/"));
        open(host.url("bare.html"));
        WebElement iframe = snippetFrame();
        waitUntilSized(iframe, "the shipped timeline");
        assertThat(frameHeight(iframe)).as("the whole timeline, not the snippet's 900 px").isGreaterThan(2000);
        inFrame(iframe, () -> {
            Map<?, ?> m = (Map<?, ?>) js("""
                    const e = document.documentElement;
                    return {scroll: e.scrollHeight, client: e.clientHeight,
                            events: document.querySelectorAll('li.event').length};""");
            assertThat(((Number) m.get("events")).intValue()).as("events in the timeline").isGreaterThan(20);
            assertThat(((Number) m.get("scroll")).doubleValue()).as("scrollHeight against clientHeight " + m)
                    .isLessThanOrEqualTo(((Number) m.get("client")).doubleValue() + 1);
        });
    }

    /**
     * Rules partner themes commonly set on every frame: heights of 100 % or auto, borders, a
     * maximum width, an aspect ratio, a minimum height, and a rule of higher specificity inside the
     * article's content, even with {@code !important}.
     */
    static final String THEME_RULES = """
            <style>
            iframe { height: 100%; border: 3px inset #888; max-width: 300px; }
            iframe { height: auto; aspect-ratio: 16 / 9; min-height: 480px; display: inline; }
            .entry-content iframe { width: 60%; height: 400px !important; margin: 2rem; padding: 1rem; border: 5px solid red !important; }
            </style>""";

    @Test
    void underCommonThemeRulesEveryKindOfEmbedFillsTheColumnWithNoBorderAtTheHeightOfItsContent() {
        for (int width : new int[] {390, 1280}) {
            browser.viewport(width, 800);
            for (String embed : List.of("shipped/embed/en/timeline/", "shipped/embed/sv/event/res-2375/",
                    "shipped/embed/en/figure/entries-2024/", "minimal/embed/sv/figures/",
                    "minimal/embed/en/timeline/works/")) {
                String site = embed.substring(0, embed.indexOf('/'));
                open(hostPage("themed-" + width + embed.replace('/', '-') + ".html", THEME_RULES, "<div class=\"entry-content\">"
                        + snippet(site, embed.substring(site.length() + 1)) + "</div>"));
                WebElement iframe = snippetFrame();
                waitUntilSized(iframe, width + " px, " + embed + ", under theme rules");
                Map<?, ?> box = (Map<?, ?>) js("""
                        const f = arguments[0], s = getComputedStyle(f);
                        return {width: f.getBoundingClientRect().width,
                                column: f.closest('.entry-content').getBoundingClientRect().width,
                                border: s.borderTopWidth + ' ' + s.borderLeftWidth, quote: getComputedStyle(
                                    f.closest('.kontext-embed').querySelector('blockquote')).display};""", iframe);
                assertThat(((Number) box.get("width")).doubleValue()).as(width + " px, " + embed + ": width " + box)
                        .isCloseTo(((Number) box.get("column")).doubleValue(), org.assertj.core.data.Offset.offset(1.0));
                assertThat(box.get("border")).as(embed + ": border").isEqualTo("0px 0px");
                assertThat(box.get("quote")).as(embed + ": the quote, once the frame has spoken").isEqualTo("none");
            }
        }
        browser.viewport(1024, 768);
    }

    @Test
    void withoutTheLoaderTheFrameKeepsAHeightThatSuitsItsWidthAndNeverScrollsInside() {
        for (int width : new int[] {390, 1280}) {
            browser.viewport(width, 900);
            for (String embed : List.of("embed/en/event/res-2375/", "embed/sv/event/kursk-incursion/",
                    "embed/en/figure/entries-2024/", "embed/sv/figure/veto-vote/", "embed/en/timeline/",
                    "embed/sv/figures/")) {
                String snippet = snippet("shipped", embed);
                open(hostPage("stripped-" + width + embed.replace('/', '-') + ".html", THEME_RULES, "<div class=\"entry-content\">"
                        + snippet.substring(0, snippet.indexOf("<script")) + "</div>"));
                WebElement iframe = snippetFrame();
                waitUntil(() -> frameReady(iframe), () -> embed + " did not load");
                double frame = frameHeight(iframe);
                Map<?, ?> inside = (Map<?, ?>) inFrameJs(iframe, """
                        const e = document.documentElement, folded = [...document.querySelectorAll('.is-folded')];
                        const cut = e.classList.contains('kontext-cut'), condensed = e.classList.contains('kontext-condensed');
                        const state = {scroll: e.scrollHeight, inner: innerHeight, cut: cut, folded: folded.length,
                            notice: !!document.querySelector('[data-kontext-compact]:not([hidden]) a[href]'),
                            more: !!document.querySelector('[data-kontext-more]:not([hidden]) a[href]')};
                        folded.forEach(f => f.classList.remove('is-folded'));
                        e.classList.remove('kontext-cut', 'kontext-condensed');
                        state.whole = e.getBoundingClientRect().height;
                        folded.forEach(f => f.classList.add('is-folded'));
                        if (cut) e.classList.add('kontext-cut');
                        if (condensed) e.classList.add('kontext-condensed');
                        return state;""");
                String what = width + " px, " + embed + ": frame " + frame + " px, " + inside;
                assertThat(((Number) inside.get("scroll")).doubleValue()).as(what + ": no scrolling inside")
                        .isLessThanOrEqualTo(((Number) inside.get("inner")).doubleValue() + 1);
                double whole = ((Number) inside.get("whole")).doubleValue();
                if (embed.contains("/event/") || embed.contains("/figure/")) {
                    assertThat(frame / whole).as(what + ": the frame fits its content").isBetween(0.9, 1.35);
                    assertThat(inside.get("cut")).as(what + ": cut short only when the frame is").isEqualTo(frame < whole - 1);
                    assertThat(inside.get("more")).as(what + ": a way to the rest when cut").isEqualTo(frame < whole - 1);
                } else {
                    assertThat(whole).as(what + ": a long list").isGreaterThan(frame);
                    assertThat(inside.get("notice")).as(what + ": says it shows part of the list, with a link").isEqualTo(true);
                }
                assertThat(js("return getComputedStyle(document.querySelector('blockquote')).display"))
                        .as(what + ": the quote stays without the loader").isNotEqualTo("none");
            }
        }
        browser.viewport(1024, 768);
    }

    @Test
    void aFrameShorterThanTheTimelineShowsTheLatestEventsThatFitAndHowManyThereAre() {
        open(hostPage("capped.html", "", "<iframe id=\"capped\" title=\"Timeline\" src=\""
                + embeds.url("shipped/embed/en/timeline/") + "\" style=\"width:100%;height:1000px;border:0\"></iframe>"));
        WebElement iframe = browser.driver().findElement(By.id("capped"));
        waitUntil(() -> frameReady(iframe) && Boolean.TRUE.equals(inFrameJs(iframe,
                "return !document.querySelector('[data-kontext-compact]').hidden")), () -> "the timeline did not fold");
        Map<?, ?> all = compact(iframe);
        assertThat(((Number) all.get("total")).intValue()).as("all events " + all).isEqualTo(37);
        assertThat(((Number) all.get("shown")).intValue()).as("the latest that fit " + all).isBetween(5, 36);
        assertThat(all.get("text")).as("the notice " + all).asString()
                .contains(all.get("shown") + " of 37 events");
        assertThat(all.get("latest")).as("the latest event is shown " + all).isEqualTo(true);
        assertThat(all.get("href")).as("the link to them all").asString().endsWith("/en/#timeline");

        // another category: its latest events, counted anew
        inFrame(iframe, () -> browser.driver().findElement(By.cssSelector("[data-timeline-filter] button[data-category='pact']"))
                .click());
        waitUntil(() -> !all.get("text").equals(compact(iframe).get("text")), () -> "the notice did not follow the filter");
        Map<?, ?> pact = compact(iframe);
        assertThat(((Number) pact.get("total")).intValue()).as("the pact's events " + pact).isLessThan(37);
        assertThat(pact.get("scroll")).as("no scrolling inside " + pact).isEqualTo(true);
    }

    /** What a folded timeline shows, read in its frame. */
    private static Map<?, ?> compact(WebElement iframe) {
        return (Map<?, ?>) inFrameJs(iframe, """
                const notice = document.querySelector('[data-kontext-compact]');
                const events = [...document.querySelectorAll('li.event')].filter(e => !e.hidden);
                const shown = events.filter(e => e.offsetParent !== null);
                return {text: notice.hidden ? '' : notice.textContent.replace(/\\s+/g, ' ').trim(),
                        href: notice.querySelector('a').href, total: events.length, shown: shown.length,
                        latest: shown.length > 0 && shown[shown.length - 1] === events[events.length - 1],
                        scroll: document.documentElement.scrollHeight <= innerHeight + 1};""");
    }

    @Test
    void inAFrameTheEmbedIsLightUnlessTheHostAsksForDarkOrAuto() {
        browser.media("screen", "dark");
        try {
            String url = embeds.url("minimal/embed/en/figures/");
            open(hostPage("themes.html", "", """
                    <iframe id="plain" title="Plain" src="%s" style="width:100%%;height:300px"></iframe>
                    <iframe id="dark" title="Dark" src="%s?theme=dark" style="width:100%%;height:300px"></iframe>
                    <iframe id="auto" title="Auto" src="%s?theme=auto" style="width:100%%;height:300px"></iframe>
                    """.formatted(url, url, url)));
            Map<String, String> backgrounds = new LinkedHashMap<>();
            for (String id : List.of("plain", "dark", "auto")) {
                WebElement frame = browser.driver().findElement(By.id(id));
                waitUntil(() -> frameReady(frame), () -> id + " did not load");
                backgrounds.put(id, (String) inFrameJs(frame, "return getComputedStyle(document.body).backgroundColor"));
            }
            assertThat(backgrounds.get("plain")).as("light by default " + backgrounds).isEqualTo("rgb(253, 252, 250)");
            assertThat(backgrounds.get("dark")).as("dark when asked " + backgrounds).isEqualTo("rgb(20, 21, 23)");
            assertThat(backgrounds.get("auto")).as("the reader's scheme when asked " + backgrounds)
                    .isEqualTo("rgb(20, 21, 23)");
            open(url);
            assertThat(js("return getComputedStyle(document.body).backgroundColor")).as("outside a frame")
                    .isEqualTo("rgb(20, 21, 23)");
        } finally {
            browser.media("screen", "light");
        }
    }

    @Test
    void aSourceLinkInAnEmbedOpensTheExplainerInTheReadersWindow() {
        open(hostPage("links.html", "", snippet("shipped", "embed/en/event/blinken-kursk/")));
        WebElement iframe = snippetFrame();
        waitUntilSized(iframe, "event");
        inFrame(iframe, () -> browser.driver().findElement(By.cssSelector(".cites a")).click());
        waitUntil(() -> browser.driver().getCurrentUrl().startsWith(embeds.url("shipped/en/#source-")),
                () -> "the source link did not open the explainer in the window: " + browser.driver().getCurrentUrl());
    }

    // --- the sites and pages

    private static void build(String name, TestProject project) {
        Path out = sites.resolve(name);
        TestProject.Run run = project.build("--out", out.toString(), "--base-url", embeds.url(name + "/"));
        assertThat(run.exitCode()).as(name + ": " + run.err()).isZero();
        RULES.addAll(parseHeaders(out.resolve("_headers")));
    }

    /** The blocks of a Netlify/Cloudflare {@code _headers} file. */
    static List<HeaderRule> parseHeaders(Path file) {
        List<HeaderRule> rules = new ArrayList<>();
        Map<String, String> current = null;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!Character.isWhitespace(line.charAt(0))) {
                    current = new LinkedHashMap<>();
                    String regex = Stream.of(line.trim().split("\\*", -1)).map(Pattern::quote)
                            .reduce((a, b) -> a + ".*" + b).orElseThrow();
                    rules.add(new HeaderRule(Pattern.compile(regex), current));
                } else {
                    int colon = line.indexOf(':');
                    current.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    private static Map<String, String> headersFor(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HeaderRule rule : RULES) {
            if (rule.path().matcher(path).matches()) {
                headers.putAll(rule.headers());
            }
        }
        return headers;
    }

    /** The copy-paste snippet, exactly as the embed's {@code oembed.json} gives it. */
    static String snippet(String site, String embed) {
        try {
            String html = new ObjectMapper().readTree(sites.resolve(site).resolve(embed).resolve("oembed.json").toFile())
                    .get("html").asText();
            assertThat(html).contains(embeds.url(site + "/" + embed)).contains("integrity=\"sha384-");
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A partner's article page with the embed code in it, served from the host server. */
    private static String hostPage(String name, String head, String body) {
        String page = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Partner newsroom</title>
                %s
                </head>
                <body>
                <main style="max-width: 40rem; margin: 0 auto">
                <h1>A partner's article</h1>
                <p>Some text before the embed.</p>
                %s
                <p>Some text after the embed.</p>
                </main>
                </body>
                </html>
                """.formatted(head, body);
        try {
            Files.writeString(hostPages.resolve(name), page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return host.url(name);
    }

    private static void requirePym() {
        if (!Files.isRegularFile(PYM)) {
            String message = "PYM.JS TEST NOT RUN: src/test/js/node_modules is missing. "
                    + "Install it with: npm ci --prefix src/test/js";
            System.err.println(message);
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
    }

    // --- the browser

    private static void open(String url) {
        browser.driver().switchTo().defaultContent();
        browser.driver().get(url);
    }

    private static WebElement snippetFrame() {
        return browser.driver().findElement(By.cssSelector(".kontext-embed iframe"));
    }

    private static Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    private static double frameHeight(WebElement iframe) {
        return ((Number) js("return arguments[0].getBoundingClientRect().height", iframe)).doubleValue();
    }

    /** The height of the embed's content, read inside its (cross-origin) frame. */
    private static double contentHeight(WebElement iframe) {
        double[] h = new double[1];
        inFrame(iframe, () -> h[0] = ((Number) js("return document.documentElement.getBoundingClientRect().height"))
                .doubleValue());
        return h[0];
    }

    private static boolean frameReady(WebElement iframe) {
        boolean[] ready = new boolean[1];
        inFrame(iframe, () -> ready[0] = "complete".equals(js("return document.readyState"))
                && !"about:blank".equals(js("return location.href")));
        return ready[0];
    }

    private static void inFrame(WebElement iframe, Runnable action) {
        browser.driver().switchTo().frame(iframe);
        try {
            action.run();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    private static String heights(WebElement iframe) {
        return "iframe " + frameHeight(iframe) + " px, content " + contentHeight(iframe) + " px, loader "
                + (js("return document.querySelector('[data-kontext-ready]') ? 'ran' : 'did not run'"));
    }

    /** Waits until the iframe is as tall as the embed's content, within 2 px. */
    private static void waitUntilSized(WebElement iframe, String what) {
        waitUntil(() -> Math.abs(frameHeight(iframe) - contentHeight(iframe)) <= 2,
                () -> what + ": the iframe is not sized to its content: " + heights(iframe));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, java.util.function.Supplier<String> why) {
        new WebDriverWait(browser.driver(), WAIT).withMessage(why).ignoring(org.openqa.selenium.NoSuchFrameException.class)
                .until(d -> condition.getAsBoolean());
    }

    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
