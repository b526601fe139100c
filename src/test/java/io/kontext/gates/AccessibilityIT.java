package io.kontext.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Accessibility in a real browser: axe-core finds no WCAG 2.2 A/AA violation on any page in light
 * and dark colour schemes; pages have one h1 and no skipped heading level; every image and SVG has
 * a text alternative; the language switch and the timeline filter work from the keyboard alone.
 */
class AccessibilityIT {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

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

    /**
     * Runs on two browsers at once (the machines have two cores): axe takes most of the time of the
     * browser tests, and there are some hundred pages with the embeds.
     */
    @Test
    void axeFindsNoViolationsOnAnyPageInLightOrDarkScheme() throws Exception {
        List<String[]> pages = new ArrayList<>();
        for (BuiltSites.Site site : BuiltSites.all()) {
            for (String page : site.pages()) {
                pages.add(new String[] {site.name(), page});
            }
        }
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> shards = new ArrayList<>();
            for (int shard = 0; shard < 2; shard++) {
                final int mine = shard;
                shards.add(pool.submit(() -> {
                    Browser b = mine == 0 ? browser : Browser.start();
                    try {
                        for (int i = mine; i < pages.size(); i += 2) {
                            axe(b, pages.get(i)[0], pages.get(i)[1], problems);
                        }
                    } finally {
                        if (b != browser) {
                            b.close();
                        }
                    }
                    return null;
                }));
            }
            for (var f : shards) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(pages).hasSizeGreaterThan(100);
        assertThat(problems).as("axe-core violations").isEmpty();
    }

    @Test
    void theAxeRunnerReportsWhatItShould() {
        browser.media("screen", "light");
        browser.driver().get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=en><title>t</title>"
                + "<main><h1>t</h1><p style='color:%23ccc;background:%23fff'>faint</p><img src=x.png></main></html>");
        Axe.inject(browser);
        assertThat(Axe.violations(browser, Map.of("type", "tag", "values", WCAG)))
                .anyMatch(v -> v.startsWith("color-contrast:"))
                .anyMatch(v -> v.startsWith("image-alt:"));
    }

    private static void axe(Browser b, String siteName, String page, List<String> problems) {
        BuiltSites.Site site = BuiltSites.all().stream().filter(s -> s.name().equals(siteName)).findFirst().orElseThrow();
        try (StaticServer server = new StaticServer(site.out(), site.basePath())) {
            b.media("screen", "light");
            b.driver().get(server.url(page));
            Axe.inject(b);
            for (String scheme : List.of("light", "dark")) {
                b.media("screen", scheme);
                // the dark scheme changes colours only: check what colours decide
                Map<String, Object> runOnly = scheme.equals("light") ? Map.of("type", "tag", "values", WCAG)
                        : Map.of("type", "rule", "values", List.of("color-contrast", "link-in-text-block"));
                for (String v : Axe.violations(b, runOnly)) {
                    problems.add(site.label(page) + " [" + scheme + "] " + v);
                }
            }
        }
    }

    @Test
    void everyPageHasOneH1NoSkippedHeadingLevelAndTextAlternatives() {
        List<String> problems = new ArrayList<>();
        for (BuiltSites.Site site : BuiltSites.all()) {
            try (StaticServer server = new StaticServer(site.out(), site.basePath())) {
                for (String page : site.pages()) {
                    browser.driver().get(server.url(page));
                    @SuppressWarnings("unchecked")
                    List<String> found = (List<String>) browser.js("""
                            const out = [];
                            const hs = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')];
                            const ones = hs.filter(h => h.tagName === 'H1').length;
                            if (ones !== 1) out.push(ones + ' h1 elements');
                            let last = 0;
                            for (const h of hs) {
                              const level = +h.tagName[1];
                              if (level > last + 1) out.push('h' + level + ' after h' + last + ': ' + h.textContent.trim());
                              last = level;
                            }
                            for (const img of document.querySelectorAll('img:not([alt])')) out.push('img without alt: ' + img.src);
                            for (const svg of document.querySelectorAll('svg:not(svg svg)')) {
                              const hidden = svg.closest('[aria-hidden=true]');
                              const named = svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby')
                                  || svg.querySelector(':scope > title');
                              if (!hidden && !named) out.push('svg without a text alternative');
                            }
                            return out;""");
                    found.forEach(f -> problems.add(site.label(page) + ": " + f));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theLanguageSwitchWorksWithTabAndEnterAndKeepsThePlace() {
        BuiltSites.Site site = BuiltSites.shipped();
        try (StaticServer server = new StaticServer(site.out(), site.basePath())) {
            browser.media("screen", "light");
            browser.driver().get(server.url("sv/index.html#timeline"));
            // a keyboard reader at the timeline goes back up to the switch with Shift+Tab
            WebElement english = tabTo(el -> "en".equals(el.getAttribute("hreflang")) && "a".equals(el.getTagName()),
                    true);
            english.sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("/en/"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/en/#timeline");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        }
    }

    @Test
    void theTimelineFilterWorksWithTabSpaceAndEnter() {
        BuiltSites.Site site = BuiltSites.shipped();
        try (StaticServer server = new StaticServer(site.out(), site.basePath())) {
            browser.media("screen", "light");
            browser.driver().get(server.url("en/index.html"));
            List<WebElement> all = browser.driver().findElements(By.cssSelector("#timeline li.event"));
            WebElement military = tabTo(el -> "military".equals(el.getAttribute("data-category")), false);
            military.sendKeys(Keys.SPACE);
            assertThat(military.getAttribute("aria-pressed")).isEqualTo("true");
            long visible = all.stream().filter(WebElement::isDisplayed).count();
            assertThat(visible).isPositive().isLessThan(all.size());
            assertThat(all.stream().filter(WebElement::isDisplayed).map(e -> e.getAttribute("data-category")))
                    .containsOnly("military");
            WebElement everything = tabTo(el -> "".equals(el.getAttribute("data-category")), true);
            everything.sendKeys(Keys.ENTER);
            assertThat(military.getAttribute("aria-pressed")).isEqualTo("false");
            assertThat(all.stream().filter(WebElement::isDisplayed).count()).isEqualTo(all.size());
        }
    }

    /** Presses Tab (or Shift+Tab) until the focused element matches; fails after 500 presses. */
    private static WebElement tabTo(java.util.function.Predicate<WebElement> wanted, boolean backwards) {
        for (int i = 0; i < 500; i++) {
            Actions actions = new Actions(browser.driver());
            if (backwards) {
                actions.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            } else {
                actions.sendKeys(Keys.TAB).perform();
            }
            WebElement active = browser.driver().switchTo().activeElement();
            if (wanted.test(active)) {
                return active;
            }
        }
        throw new AssertionError("no such element reachable with Tab");
    }
}
