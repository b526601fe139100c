package io.kontext.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Layout in a real browser: nothing overflows sideways from 320 px up; printing shows every
 * timeline event, even one hidden by the filter; without JavaScript the timeline, the key figures
 * and the article are all there to read. Screenshots of every page at 375 and 1280 px, light and
 * dark, go to {@code target/screenshots/} for people to look at.
 */
class LayoutIT {

    static final int[] WIDTHS = {320, 375, 768, 1280};
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void nothingOverflowsHorizontallyAtAnyWidth() {
        List<String> problems = new ArrayList<>();
        browser.media("screen", "light");
        for (BuiltSites.Site site : BuiltSites.all()) {
            try (StaticServer server = new StaticServer(site.out(), site.basePath())) {
                for (String page : site.pages()) {
                    browser.viewport(WIDTHS[0], 800);
                    browser.driver().get(server.url(page));
                    // one load per page: the layout follows each new viewport width
                    for (int width : WIDTHS) {
                        browser.viewport(width, 800);
                        Object wide = browser.js("""
                                const w = window.innerWidth;
                                if (document.documentElement.scrollWidth <= w) return null;
                                const culprits = [...document.querySelectorAll('body *')]
                                    .filter(e => e.getBoundingClientRect().right > w + 0.5)
                                    .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                                        + (e.className ? '.' + String(e.className).split(' ')[0] : ''));
                                return document.documentElement.scrollWidth + 'px wide: ' + culprits.join(', ');""");
                        if (wide != null) {
                            problems.add(site.label(page) + " at " + width + " px is " + wide);
                        }
                    }
                }
            }
        }
        assertThat(problems).as("pages wider than the screen").isEmpty();
    }

    @Test
    void printingShowsEveryTimelineEventEvenWhenFiltered() {
        for (BuiltSites.Site site : BuiltSites.all()) {
            try (StaticServer server = new StaticServer(site.out(), site.basePath())) {
                for (String page : explainerPages(site)) {
                    browser.viewport(1280, 800);
                    browser.media("screen", "light");
                    browser.driver().get(server.url(page));
                    List<WebElement> filters = browser.driver().findElements(
                            By.cssSelector("[data-timeline-filter] button[data-category]:not([data-category=''])"));
                    filters.get(filters.size() - 1).click();
                    List<WebElement> events = browser.driver().findElements(By.cssSelector("li.event"));
                    assertThat(events.stream().filter(WebElement::isDisplayed).count())
                            .as(site.label(page) + " filtered on screen").isLessThan(events.size());
                    browser.media("print", "light");
                    assertThat(events.stream().filter(e -> !e.isDisplayed()).map(e -> e.getAttribute("id")).toList())
                            .as(site.label(page) + " events hidden in print").isEmpty();
                    assertThat(browser.driver().findElement(By.cssSelector(".masthead")).isDisplayed())
                            .as("navigation chrome in print").isFalse();
                }
            } finally {
                browser.media("screen", "light");
            }
        }
    }

    @Test
    void withoutJavaScriptTheTimelineFiguresAndArticleAreReadable() {
        try {
            browser.blockScripts(true);
            browser.media("screen", "light");
            browser.viewport(375, 800);
            for (BuiltSites.Site site : BuiltSites.all()) {
                try (StaticServer server = new StaticServer(site.out(), site.basePath())) {
                    for (String page : explainerPages(site)) {
                        browser.driver().get(server.url(page));
                        assertThat((Boolean) browser.js("return !!window.performance.getEntriesByType('resource')"
                                + ".find(r => r.name.endsWith('.js') && r.transferSize > 0)"))
                                .as("a script was loaded").isFalse();
                        List<WebElement> events = browser.driver().findElements(By.cssSelector("li.event"));
                        assertThat(events).isNotEmpty().allMatch(WebElement::isDisplayed);
                        List<WebElement> figures = browser.driver().findElements(By.cssSelector(".figure"));
                        assertThat(figures).isNotEmpty().allMatch(WebElement::isDisplayed);
                        List<WebElement> blocks = browser.driver().findElements(By.cssSelector(".article-text [id^=article-]"));
                        assertThat(blocks).isNotEmpty().allMatch(b -> b.isDisplayed() && !b.getText().isBlank());
                        assertThat(browser.driver().findElement(By.cssSelector("[data-timeline-filter]")).isDisplayed())
                                .as("the filter needs the script, so it stays hidden").isFalse();
                    }
                }
            }
        } finally {
            browser.blockScripts(false);
        }
    }

    /**
     * Every page but the embeds, and one embed of each kind per language: the embeds of one kind
     * share their layout, and hundreds of near-identical pictures would hide the ones to look at.
     */
    @Test
    void writesScreenshotsOfEveryPageForPeopleToLookAt() {
        Path dir = Path.of(System.getProperty("kontext.screenshots", "target/screenshots"));
        if (java.nio.file.Files.exists(dir)) {
            try (var old = java.nio.file.Files.walk(dir)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        int written = 0;
        for (BuiltSites.Site site : BuiltSites.all()) {
            try (StaticServer server = new StaticServer(site.out(), site.basePath())) {
                for (String page : screenshotPages(site)) {
                    for (int width : new int[] {375, 1280}) {
                        for (String scheme : List.of("light", "dark")) {
                            browser.viewport(width, 900);
                            browser.media("screen", scheme);
                            browser.driver().get(server.url(page));
                            String name = page.replace("/index.html", "").replace(".html", "").replace('/', '-');
                            browser.screenshot(dir.resolve(site.name()).resolve(name + "-" + width + "-" + scheme + ".png"));
                            written++;
                        }
                    }
                }
            }
        }
        browser.media("screen", "light");
        assertThat(written).isGreaterThanOrEqualTo(100);
    }

    static List<String> screenshotPages(BuiltSites.Site site) {
        java.util.Set<String> kinds = new java.util.HashSet<>();
        List<String> out = new ArrayList<>();
        for (String page : site.pages()) {
            String[] parts = page.split("/");
            if (!page.startsWith("embed/")) {
                out.add(page);
            } else if (kinds.add(parts[1] + "/" + parts[2] + "/" + (parts.length > 4 ? "item" : "all"))) {
                out.add(page);
            }
        }
        return out;
    }

    private static List<String> explainerPages(BuiltSites.Site site) {
        return site.pages().stream().filter(p -> p.matches("[a-z]{2,3}/index\\.html")).toList();
    }
}
