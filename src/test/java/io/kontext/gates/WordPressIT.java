package io.kontext.gates;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchFrameException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A partner newsroom pastes an embed address into WordPress, and the embed works there: in a real
 * WordPress (Debian's 6.1, the stock theme Twenty Twenty-Three, Apache with mod_php, MariaDB), set
 * up and torn down by the test in its own temporary folder. WordPress finds the embed by oEmbed
 * discovery in the embed page, fetches its {@code oembed.json}, filters its HTML down to a
 * blockquote and a sandboxed iframe, and sizes the iframe by the messages of its own
 * {@code wp-embed.js}; the Kontext sites are served from {@code localhost} with the headers of their
 * own {@code _headers} files, another origin than WordPress's {@code 127.0.0.1}.
 *
 * <p>Proven in headless Chromium, for a few representative embeds of the shipped explainer (the whole
 * timeline, one category, one event, all figures, one figure; English and Swedish) and the minimal
 * fixture's short timeline, in block-editor and classic-editor posts, at 390 and 1280 px (see
 * {@link #cases}): WordPress made an embed of the address; the iframe fills the content column with no
 * border; an embed that fits is as high as its content, and one longer than WordPress's limit of
 * 1000 px (alone in a window as wide as the column) gets a 1000 px frame and shows its compact form
 * with the latest items that fit, saying so with a link to the whole list in the explainer when
 * items are left out; nothing scrolls inside; the fallback blockquote is
 * hidden once the embed has reported; the height follows the content when a reader filters the
 * timeline; the embed's links open in the reader's window; nothing is logged to the console at
 * warning level or above, in the post or in the embed (seen through {@link ConsoleWatch}).
 * Screenshots go to {@code target/screenshots/wordpress/}.
 *
 * <p>Changed from a stock WordPress: only the must-use plugin
 * {@code src/test/resources/wordpress/kontext-test.php}, which lets WordPress fetch from exactly the
 * test's Kontext server. WordPress refuses to fetch oEmbed data from loopback hosts and from ports
 * other than 80, 443 and 8080; a partner's WordPress fetching a public https site needs neither.
 * (The {@code wp-config.php} is the test's own, as every installation's is.)
 */
class WordPressIT {

    static final Duration WAIT = Duration.ofSeconds(5);
    /** wp-embed.js clamps the heights the embed asks for to 200..1000 px. */
    static final int CAP = 1000;
    static final int[] WIDTHS = {390, 1280};

    /**
     * An embed under test: the site it is from, its path there, its language; whether it has the
     * timeline's filter; whether it has sources.
     */
    record Embed(String site, String path, String lang, boolean filter, boolean cites) {
        String name() {
            return site + "-" + path.replaceAll("^embed/", "").replaceAll("/$", "").replace('/', '-');
        }
    }

    static final List<Embed> EMBEDS = List.of(
            new Embed("shipped", "embed/en/timeline/", "en", true, false),
            new Embed("shipped", "embed/sv/timeline/labour/", "sv", false, false),
            new Embed("shipped", "embed/en/event/treaty-signed/", "en", false, true),
            new Embed("shipped", "embed/sv/figures/", "sv", false, false),
            new Embed("shipped", "embed/en/figure/entries-rise/", "en", false, false),
            new Embed("minimal", "embed/en/timeline/", "en", true, false));

    /**
     * One post (block or classic editor) with one embed, at one viewport width; whether its links
     * are clicked there (each click loads the explainer: a few cases are enough).
     */
    record Case(Embed embed, String editor, int width, boolean clicks) {
        String slug() {
            return editor + "-" + embed.name();
        }

        @Override
        public String toString() {
            return editor + " post, " + embed.site() + " " + embed.path() + ", " + width + " px";
        }
    }

    @TempDir
    static Path tmp;

    static Browser browser;
    static ConsoleWatch console;
    static StaticServer kontext;
    static WordPress wordpress;
    static Path shots;
    /** The content column's width, by editor and viewport width. */
    static final Map<String, Integer> COLUMNS = new java.util.HashMap<>();
    /** The embed's height alone in a window as wide as a column, by embed and column width. */
    static final Map<String, Double> NATURAL = new java.util.HashMap<>();

    /**
     * Every kind of embed in a post of each editor, at a phone's and a desktop's width, but not
     * every combination: a post renders the same embed code whichever editor made it, so the
     * suite stays quick while both editors, both widths, both languages and every kind are seen.
     */
    static Stream<Case> cases() {
        Embed timeline = EMBEDS.get(0);
        Embed category = EMBEDS.get(1);
        Embed event = EMBEDS.get(2);
        Embed figures = EMBEDS.get(3);
        Embed figure = EMBEDS.get(4);
        Embed shortTimeline = EMBEDS.get(5);
        return Stream.of(new Case(timeline, "block", 390, false), new Case(timeline, "block", 1280, true),
                new Case(timeline, "classic", 1280, false), new Case(category, "classic", 390, false),
                new Case(event, "block", 390, true), new Case(event, "classic", 1280, true),
                new Case(figures, "block", 1280, false), new Case(figure, "classic", 390, true),
                new Case(shortTimeline, "block", 1280, false));
    }

    @BeforeAll
    static void start() throws IOException {
        WordPress.require();
        long t = System.nanoTime();
        browser = Browser.start();
        console = ConsoleWatch.attach(browser.driver());
        // as root, Apache's workers run as www-data: the folder must be readable by others
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        shots = Path.of(System.getProperty("kontext.screenshots", "target/screenshots")).resolve("wordpress");
        if (Files.exists(shots)) {
            try (Stream<Path> old = Files.walk(shots)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }

        // the Kontext sites: localhost, with their own _headers
        Path sites = Files.createDirectories(tmp.resolve("sites"));
        Files.writeString(sites.resolve("404.html"), "<!DOCTYPE html><title>Not found</title><p>Not found");
        HeadersFile headers = new HeadersFile();
        kontext = new StaticServer(sites, "/", "localhost", 0, headers::headersFor);
        System.out.printf("WordPressIT: the browser started in %d ms%n", ms(t));
        t = System.nanoTime();
        build(sites, headers, "shipped", TestProject.shipped(tmp.resolve("projects")));
        build(sites, headers, "minimal", TestProject.fixture("minimal", tmp.resolve("projects")));
        System.out.printf("WordPressIT: the Kontext sites built in %d ms%n", ms(t));

        // the partner's WordPress: 127.0.0.1, one block-editor and one classic-editor post per embed
        List<WordPress.Post> posts = new ArrayList<>();
        for (Embed e : EMBEDS) {
            String url = embedUrl(e);
            String title = "A partner's article with the " + e.path().replaceAll("^embed/|/$", "") + " embed";
            posts.add(new WordPress.Post("block-" + e.name(), title + " (block editor)", """
                    <!-- wp:paragraph -->
                    <p>Some text of the partner's before the embed.</p>
                    <!-- /wp:paragraph -->

                    <!-- wp:embed {"url":"%1$s","type":"rich","providerNameSlug":"kontext","responsive":true} -->
                    <figure class="wp-block-embed is-type-rich is-provider-kontext wp-block-embed-kontext"><div class="wp-block-embed__wrapper">
                    %1$s
                    </div></figure>
                    <!-- /wp:embed -->

                    <!-- wp:paragraph -->
                    <p>Some text of the partner's after the embed.</p>
                    <!-- /wp:paragraph -->""".formatted(url)));
            posts.add(new WordPress.Post("classic-" + e.name(), title + " (classic editor)", """
                    Some text of the partner's before the embed.

                    %s

                    Some text of the partner's after the embed.""".formatted(url)));
        }
        t = System.nanoTime();
        wordpress = WordPress.start(tmp.resolve("wp"), "localhost", kontext.port(), posts);
        System.out.printf("WordPressIT: WordPress at %s, Kontext at %s, set up in %d ms%n", wordpress.origin(),
                kontext.origin(), ms(t));
        t = System.nanoTime();

        // the first view of each post makes WordPress discover and fetch the embed (then cached)
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (WordPress.Post post : posts) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(wordpress.url(post.slug())))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                System.out.printf("WordPressIT: %s: HTTP %d, %s%n", post.slug(), r.statusCode(),
                        r.body().contains("wp-embedded-content") ? "an embed" : "NO EMBED");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        System.out.printf("WordPressIT: the posts' first views (oEmbed discovery and fetch) took %d ms%n", ms(t));
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    @AfterAll
    static void stop() {
        RuntimeException failure = null;
        for (AutoCloseable c : new AutoCloseable[] {console, browser, kontext, wordpress}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    failure = failure == null ? new IllegalStateException("stopping", e) : failure;
                }
            }
        }
        if (wordpress != null && !wordpress.errors().isBlank()) {
            System.out.println("WordPressIT: Apache's and PHP's error log:\n" + wordpress.errors());
        }
        if (failure != null) {
            throw failure;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theEmbedWorksInAWordPressPost(Case c) {
        long started = System.nanoTime();
        Embed e = c.embed();
        String embed = embedUrl(e);
        String explainer = kontext.url(e.site() + "/" + e.lang() + "/");
        SoftAssertions softly = new SoftAssertions();
        List<String> report = new ArrayList<>();
        browser.viewport(c.width(), 900);
        browser.media("screen", "light");

        // the content column, and the embed's natural height alone in a window that wide: is it
        // longer than WordPress's cap? (the same for every post of an editor at a width, and for
        // every embed at a column width: measured once)
        Integer column = COLUMNS.get(c.editor() + c.width());
        if (column == null) {
            open(wordpress.url(c.slug()));
            List<WebElement> frames = embedFrames();
            if (!frames.isEmpty()) {
                column = (int) Math.round(num(layout(frames.get(0)).get("column")));
                COLUMNS.put(c.editor() + c.width(), column);
            }
        }
        Double natural = column == null ? null : NATURAL.get(e.name() + "@" + column);
        if (column != null && natural == null) {
            browser.viewport(column, 4000);
            open(embed);
            natural = num(js("return Math.ceil(document.documentElement.getBoundingClientRect().height)"));
            NATURAL.put(e.name() + "@" + column, natural);
            browser.viewport(c.width(), 900);
        }

        consoleLines(); // what earlier cases and the embed alone logged
        open(wordpress.url(c.slug()));
        List<WebElement> frames = embedFrames();
        softly.assertThat(frames).as("WordPress made an embed (iframe.wp-embedded-content in the post)").hasSize(1);
        if (frames.size() != 1 || natural == null) {
            report.add("no embed: " + js("return (document.querySelector('.wp-block-post-content, .entry-content')"
                    + " || document.body).innerHTML.trim().slice(0, 600)"));
            finish(c, started, softly, report);
            return;
        }
        boolean tall = natural > CAP;
        // within a few pixels of the cap, the framed embed may fall on either side: not asserted
        boolean near = Math.abs(natural - CAP) <= 4;
        report.add("the embed alone at " + column + " px: " + natural + " px high, " + (near ? "too near the cap"
                + " to say whether it fits" : tall ? "longer than the cap" : "shorter than the cap"));
        WebElement iframe = frames.get(0);
        String src = iframe.getAttribute("src");
        softly.assertThat(src).as("the iframe's src").startsWith(embed).contains("#?secret=");

        // sized (WordPress's script sets the height): an embed that fits is as high as its content;
        // a longer one gets WordPress's cap and fits itself into it
        boolean sized = waitFor(() -> near ? sizedToContent(iframe) || capped(iframe)
                : tall ? capped(iframe) : sizedToContent(iframe));
        Map<?, ?> layout = layout(iframe);
        double content = contentHeight(iframe);
        double height = num(layout.get("height"));
        report.add("iframe " + layout.get("width") + " x " + height + " in " + layout.get("parent") + " of "
                + layout.get("column") + " (post content " + layout.get("content") + "), border " + layout.get("border")
                + "; content " + content + " px" + (content < height - 2 ? ", " + (height - content) + " px empty below it"
                        : ""));
        if (tall && !near) {
            softly.assertThat(sized).as("a long embed's frame (%s px) is at WordPress's cap, %d px", height, CAP).isTrue();
        } else {
            softly.assertThat(sized).as("the iframe's height (%s px) is min(%d, the content's %s px) within 2 px",
                    height, CAP, content).isTrue();
        }
        softly.assertThat(num(layout.get("width"))).as("the iframe fills the content column (%s)", layout.get("parent"))
                .isCloseTo(num(layout.get("column")), org.assertj.core.data.Offset.offset(1.0));
        softly.assertThat((List<?>) layout.get("border")).as("the iframe's border widths (top, right, bottom, left)")
                .allMatch(w -> num(w) == 0);

        Map<?, ?> inside = inFrame(iframe, """
                const e = document.documentElement;
                const c = document.querySelector('[data-kontext-compact]');
                let compact = null;
                if (c) {
                    const s = getComputedStyle(c), r = c.getBoundingClientRect();
                    compact = {visible: s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0
                                   && r.bottom > 0 && r.top < innerHeight,
                               links: [...c.querySelectorAll('a[href]')].map(a => a.href)};
                }
                const items = [...document.querySelectorAll('li.event, li.figure')].filter(i => !i.hidden);
                const shown = items.filter(i => i.getClientRects().length && getComputedStyle(i).visibility !== 'hidden');
                const more = document.querySelector('[data-kontext-more]');
                return {scroll: e.scrollHeight, inner: innerHeight, compact, shown: shown.length, total: items.length,
                        cut: e.classList.contains('kontext-cut') || !!(more && !more.hidden),
                        items: shown.length + ' of ' + items.length + ' items shown'};""");
        Map<?, ?> compact = (Map<?, ?>) inside.get("compact");
        report.add("inside: scrollHeight " + inside.get("scroll") + ", innerHeight " + inside.get("inner") + ", "
                + inside.get("items") + ", [data-kontext-compact] " + (compact == null ? "none" : compact)
                + (Boolean.TRUE.equals(inside.get("cut")) ? ", cut short" : ""));
        if (!tall) {
            softly.assertThat(inside.get("cut")).as("an embed that fits is not cut short").isEqualTo(false);
        }
        softly.assertThat(num(inside.get("scroll"))).as("nothing scrolls inside the embed: scrollHeight <= innerHeight + 1")
                .isLessThanOrEqualTo(num(inside.get("inner")) + 1);
        if (near) {
            report.add("compact form: not asserted, the embed is within 4 px of the cap");
        } else if (tall) {
            // folded to fit: when items are left out, it says so and links to them all in the explainer
            boolean omitted = num(inside.get("shown")) < num(inside.get("total"));
            softly.assertThat(compact).as("a long list has [data-kontext-compact]").isNotNull();
            if (compact != null) {
                softly.assertThat(compact.get("visible")).as("[data-kontext-compact] is visible exactly when items are"
                        + " left out (%s)", inside.get("items")).isEqualTo(omitted);
                if (omitted) {
                    softly.assertThat((List<?>) compact.get("links")).as("[data-kontext-compact] links to the explainer")
                            .anyMatch(href -> href.toString().startsWith(explainer));
                }
            }
        } else {
            softly.assertThat(compact == null || !Boolean.TRUE.equals(compact.get("visible")))
                    .as("an embed shorter than the cap shows no compact form").isTrue();
        }

        // WordPress's fallback blockquote, hidden once the frame has reported
        String secret = src == null || !src.contains("#?secret=") ? "" : src.substring(src.indexOf("#?secret=") + 9);
        String quote = "return (q => q ? getComputedStyle(q).display : 'not there')(document.querySelector("
                + "'blockquote.wp-embedded-content[data-secret=\"' + arguments[0] + '\"]'))";
        waitFor(() -> List.of("none", "not there").contains(js(quote, secret)));
        Object display = js(quote, secret);
        report.add("blockquote: " + display);
        softly.assertThat(display).as("WordPress's blockquote (the fallback shown before the embed arrives), display")
                .isEqualTo("none");

        shot(c);

        // the timeline's filter: the frame follows the content
        if (e.filter()) {
            if (!sized) {
                report.add("filter: not tried, the iframe was not sized to begin with");
            } else {
                // the category with the fewest events: the biggest change
                double before = frameHeight(iframe);
                String clicked;
                browser.driver().switchTo().frame(iframe);
                try {
                    Map<?, ?> button = (Map<?, ?>) js("""
                            const buttons = [...document.querySelectorAll(
                                '[data-timeline-filter] button[data-category]:not([data-category=""])')];
                            const events = b => document.querySelectorAll(
                                'li.event[data-category~="' + CSS.escape(b.dataset.category) + '"]').length;
                            const b = buttons.sort((x, y) => events(x) - events(y))[0];
                            return b ? {button: b, what: b.dataset.category + ' (' + events(b) + ' events)'} : null;""");
                    if (button == null) {
                        clicked = "no filter button";
                    } else if (!((WebElement) button.get("button")).isDisplayed()) {
                        clicked = "the filter button " + button.get("what") + " is not shown";
                    } else {
                        ((WebElement) button.get("button")).click();
                        clicked = "clicked " + button.get("what");
                    }
                } catch (WebDriverException ex) {
                    clicked = "could not click the filter: " + ex.getMessage().lines().findFirst().orElse("");
                } finally {
                    browser.driver().switchTo().defaultContent();
                }
                boolean followed = waitFor(() -> sizedToContent(iframe) || capped(iframe));
                double after = contentHeight(iframe);
                report.add("filter: " + clicked + "; content " + content + " -> " + after + " px, iframe " + before
                        + " -> " + frameHeight(iframe) + " px");
                softly.assertThat(clicked).as("the timeline filter is shown in the embed").startsWith("clicked");
                softly.assertThat(followed).as("after filtering, the iframe's height (%s) is min(%d, the content's %s),"
                        + " or the cap with nothing scrolling inside", frameHeight(iframe), CAP, after).isTrue();
                if (e.site().equals("minimal")) {
                    // one event of three: shorter than the cap, whatever it was before
                    softly.assertThat(Math.abs(frameHeight(iframe) - before)).as("filtering the short timeline changed"
                            + " the iframe's height").isGreaterThan(2);
                }
            }
        }

        List<String> logged = consoleLines();
        report.add("console: " + logged.size() + " at warning or above" + (logged.isEmpty() ? "" : ":\n        "
                + String.join("\n        ", logged)));
        softly.assertThat(logged).as("the console of the post and of the embed, at warning level or above").isEmpty();

        // links open in the reader's window, at the explainer
        List<String> links = new ArrayList<>();
        if (c.clicks()) {
            links.add(".embed-credit a");
        }
        if (c.clicks() && e.cites()) {
            links.add(".cites a");
        }
        for (String link : links) {
            if (!link.equals(links.get(0))) {
                open(wordpress.url(c.slug()));
            }
            consoleLines();
            String result = clickInFrame(link, explainer);
            // the explainer's own console is not this test's; the frame's, up to its end, is
            List<String> fromFrame = consoleLines().stream().filter(l -> l.startsWith("[frame]")).toList();
            report.add(link + ": " + result + (fromFrame.isEmpty() ? "" : "; the frame logged " + fromFrame));
            softly.assertThat(result).as("clicking %s in the embed opens the explainer (%s...) in the reader's window",
                    link, explainer).startsWith("top window at " + explainer);
            softly.assertThat(fromFrame).as("what the frame logged on clicking %s", link).isEmpty();
        }
        finish(c, started, softly, report);
    }

    // --- the cases' parts

    private static void finish(Case c, long started, SoftAssertions softly, List<String> report) {
        System.out.println("WordPressIT: " + c + " (" + ms(started) + " ms):\n    " + String.join("\n    ", report));
        softly.assertAll();
    }

    private static String clickInFrame(String selector, String explainer) {
        List<WebElement> frames = embedFrames();
        if (frames.isEmpty()) {
            return "no embed";
        }
        WebElement iframe = frames.get(0);
        waitFor(() -> "complete".equals(inFrame(iframe, "return document.readyState")));
        String href;
        try {
            browser.driver().switchTo().frame(iframe);
            List<WebElement> found = browser.driver().findElements(By.cssSelector(selector));
            if (found.isEmpty()) {
                return "no " + selector + " in the embed";
            }
            href = found.get(0).getAttribute("href");
            found.get(0).click();
        } catch (WebDriverException ex) {
            return "could not click: " + ex.getMessage().lines().findFirst().orElse("");
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        waitFor(() -> browser.driver().getCurrentUrl().startsWith(explainer));
        String top = browser.driver().getCurrentUrl();
        return (top.startsWith(explainer) ? "top window at " : "top window still at ") + top + " (link " + href + ")";
    }

    /** The post at the case's width, and at the other width, so that every kind is seen at both. */
    private static void shot(Case c) {
        browser.screenshot(shots.resolve(c.slug() + "-" + c.width() + ".png"));
        int other = c.width() == WIDTHS[0] ? WIDTHS[1] : WIDTHS[0];
        browser.viewport(other, 900);
        List<WebElement> frames = embedFrames();
        if (!frames.isEmpty()) {
            waitFor(() -> sizedToContent(frames.get(0)) || capped(frames.get(0)));
        }
        browser.screenshot(shots.resolve(c.slug() + "-" + other + ".png"));
        browser.viewport(c.width(), 900);
        if (!frames.isEmpty()) {
            waitFor(() -> sizedToContent(frames.get(0)) || capped(frames.get(0)));
        }
    }

    private static List<WebElement> embedFrames() {
        return browser.driver().findElements(By.cssSelector(
                ".wp-block-post-content iframe.wp-embedded-content, .entry-content iframe.wp-embedded-content"));
    }

    private static void build(Path sites, HeadersFile headers, String name, TestProject project) {
        Path out = sites.resolve(name);
        TestProject.Run run = project.build("--out", out.toString(), "--base-url", kontext.url(name + "/"));
        assertThat(run.exitCode()).as(name + ": " + run.err()).isZero();
        headers.add(out.resolve("_headers"));
    }

    static String embedUrl(Embed e) {
        return kontext.url(e.site() + "/" + e.path());
    }

    // --- the browser

    private static void open(String url) {
        browser.driver().switchTo().defaultContent();
        browser.driver().get(url);
    }

    private static Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The iframe's place in the post: its size and border, and its containing block's content width. */
    private static Map<?, ?> layout(WebElement iframe) {
        return (Map<?, ?>) js("""
                const f = arguments[0], r = f.getBoundingClientRect(), s = getComputedStyle(f);
                let p = f.parentElement;
                while (p.parentElement && /^(inline|contents)/.test(getComputedStyle(p).display)) p = p.parentElement;
                const ps = getComputedStyle(p), px = v => parseFloat(v) || 0;
                const column = p.getBoundingClientRect().width - px(ps.paddingLeft) - px(ps.paddingRight)
                    - px(ps.borderLeftWidth) - px(ps.borderRightWidth);
                const post = document.querySelector('.wp-block-post-content, .entry-content');
                return {width: r.width, height: r.height, column,
                        parent: p.tagName.toLowerCase() + (p.className ? '.' + p.className.trim().split(/\\s+/).join('.') : ''),
                        content: post ? post.getBoundingClientRect().width : null,
                        border: [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth].map(px)};""",
                iframe);
    }

    private static double frameHeight(WebElement iframe) {
        return num(js("return arguments[0].getBoundingClientRect().height", iframe));
    }

    /** The embed document's content height, read inside its (cross-origin) frame. */
    private static double contentHeight(WebElement iframe) {
        return num(inFrame(iframe, "return Math.ceil(document.documentElement.getBoundingClientRect().height)"));
    }

    /** The iframe is as high as the embed's content (at most the cap), within 2 px. */
    private static boolean sizedToContent(WebElement iframe) {
        return Math.abs(frameHeight(iframe) - Math.min(CAP, contentHeight(iframe))) <= 2;
    }

    /** The iframe is at WordPress's cap, within 2 px, and nothing scrolls inside it. */
    private static boolean capped(WebElement iframe) {
        return Math.abs(frameHeight(iframe) - CAP) <= 2 && Boolean.TRUE.equals(inFrame(iframe,
                "return document.documentElement.scrollHeight <= innerHeight + 1"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T inFrame(WebElement iframe, String script) {
        browser.driver().switchTo().frame(iframe);
        try {
            return (T) js(script);
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /** Waits for the condition; whether it came true in time. */
    private static boolean waitFor(BooleanSupplier condition) {
        try {
            new WebDriverWait(browser.driver(), WAIT).ignoring(NoSuchFrameException.class)
                    .ignoring(StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** What the console got since the last call, at warning level or above, in the page and its frames. */
    private static List<String> consoleLines() {
        return console.drain();
    }
}
