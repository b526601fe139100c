package io.kontext.gates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * axe-core, the accessibility engine of the axe-core/selenium library (its bundled
 * {@code axe.min.js}), run straight in the page: injected once per page load and asked for
 * violations only, which is several times faster than the library's builder on our hundreds of
 * pages.
 */
final class Axe {

    private static final String SOURCE = load();

    private Axe() {
    }

    /** Loads axe into the current page. */
    static void inject(Browser browser) {
        browser.js(SOURCE);
    }

    /**
     * The violations in the current page, as "rule: help at targets".
     *
     * @param runOnly axe's runOnly option, e.g. {@code {type: "tag", values: [...]}}
     */
    @SuppressWarnings("unchecked")
    static List<String> violations(Browser browser, Map<String, Object> runOnly) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: arguments[0], resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at '
                      + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));""", runOnly);
        return (List<String>) result;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
