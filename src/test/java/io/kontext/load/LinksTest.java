package io.kontext.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#115;cript:alert(1)",
        "ja&Tab;vascript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "javascript&colon;alert(1)",
        "%6Aavascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
        "file:///etc/passwd", "\u0001javascript:x"})
    void refusesDangerousSchemesHoweverTheyAreWritten(String href) {
        assertThat(Links.isSafe(href)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a", "http://example.org", "mailto:desk@example.org", "#timeline",
        "../en/", "page.html?x=a:b", "/sv/#p1"})
    void allowsWebLinksAndAddressesWithinTheSite(String href) {
        assertThat(Links.isSafe(href)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org/", "https:/example.org", "https://localhost/", "example.org",
        "https://exa mple.org/"})
    void externalAddressesMustBeWellFormedHttps(String url) {
        assertThat(Links.externalProblem(url)).isNotNull();
    }
}
