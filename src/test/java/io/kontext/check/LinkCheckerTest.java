package io.kontext.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.cli.ExitCode;
import io.kontext.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link check that runs in every build, reporting where a broken link was written. */
class LinkCheckerTest {

    @TempDir
    Path tmp;

    private TestProject.Run buildWithSummary(String markdown) {
        TestProject p = TestProject.fixture("minimal", tmp);
        p.edit("site/content/en/summary.md", "See [the timeline](#timeline).", markdown);
        return p.build();
    }

    @Test
    void aLinkToAMissingAnchorIsReportedAtItsMarkdownLine() {
        TestProject.Run run = buildWithSummary("See [the timeline](#timeline-x).");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.err()).contains("site/content/en/summary.md:10:5: error: the link '#timeline-x' on /en/index.html"
                + " points to #timeline-x, which /en/index.html does not have [broken-anchor]");
    }

    @Test
    void aLinkToAMissingPageOrAnchorInAnotherLanguageIsReported() {
        TestProject.Run run = buildWithSummary("See [page](../de/) and [Swedish](../sv/#nowhere).");
        assertThat(run.err())
                .contains("summary.md:10:5: error: the link '../de/' on /en/index.html leads to /de/index.html, "
                        + "which the site does not have [broken-link]")
                .contains("summary.md:10:24: error: the link '../sv/#nowhere' on /en/index.html points to #nowhere");
    }

    @Test
    void externalLinksMustBeHttps() {
        TestProject.Run run = buildWithSummary("See [the council](http://example.org/council).");
        assertThat(run.err()).contains("summary.md:10:5: error: the link 'http://example.org/council' on "
                + "/en/index.html is not an https: address [external-link]");
    }

    @Test
    void linksLeavingTheSiteThroughItsRootAreReported() {
        TestProject.Run run = buildWithSummary("See [up](../../elsewhere/).");
        assertThat(run.err()).contains("the link '../../elsewhere/' on /en/index.html leads outside the site");
    }

    @Test
    void anIdUsedTwiceOnAPageIsReported() {
        TestProject p = TestProject.fixture("minimal", tmp);
        p.edit("site/data/timeline.yaml", "id: opening", "id: sources");
        TestProject.Run run = p.build();
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.err()).contains("templates/explainer.html: error: the id 'sources' occurs twice on /en/index.html");
    }

    @Test
    void anImageWithoutAltTextIsReported() {
        TestProject p = TestProject.fixture("minimal", tmp);
        p.edit("templates/explainer.html", "<main id=\"main\">", "<main id=\"main\"><img src=\"../assets/kontext.css\">");
        TestProject.Run run = p.build();
        assertThat(run.err()).contains("templates/explainer.html: error: an image on /en/index.html has no alt text");
    }

    @Test
    void anUnsafeSchemeInMarkdownIsAnErrorAtItsPosition() {
        TestProject.Run run = buildWithSummary("See [x](java&#115;cript:alert(1)) and <script>alert(1)</script>.");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.err())
                .contains("summary.md:10:5: error: the link address 'java&#115;cript:alert(1)' uses the scheme "
                        + "'javascript:', which is not allowed [unsafe-link]")
                .contains("summary.md:10:39: warning: raw HTML is not passed through: <script>");
    }
}
