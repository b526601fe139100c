package io.kontext.gates;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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

    @Test
    void axeFindsNoViolationsOnAnyPageInLightOrDarkScheme() {
        List<String> problems = new ArrayList<>();
        for (BuiltSites.Site site : BuiltSites.all()) {
            try (StaticServer server = new StaticServer(site.out(), site.basePath())) {
                for (String page : site.pages()) {
                    browser.driver().get(server.url(page));
                    for (String scheme : List.of("light", "dark")) {
                        browser.media("screen", scheme);
                        Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
                        for (Rule rule : results.getViolations()) {
                            problems.add(site.label(page) + " [" + scheme + "] " + rule.getId() + ": " + rule.getHelp()
                                    + " at " + rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf)
                                            .limit(5).collect(Collectors.joining(", ")));
                        }
                    }
                }
            }
        }
        assertThat(problems).as("axe-core violations").isEmpty();
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
