package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A block marked {@code status: pending}: a warning, the original on the page, a notice beside it. */
class PendingTranslationTest {

    @TempDir
    Path tmp;

    private TestProject withP1Pending() {
        return TestProject.fixture("minimal", tmp).edit("site/article/en.yaml",
                "    text: \"Construction of the new bridge starts in March and is to be finished in autumn 2025, according to "
                        + "the municipality.\"\n",
                "    text: \"\"\n    status: pending\n");
    }

    @Test
    void aPendingBlockIsAWarningAtItsLineThatOnlyLenientLetsPass() {
        TestProject p = withP1Pending();
        TestProject.Run strict = p.build();
        assertThat(strict.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(strict.err()).contains("site/article/en.yaml:7:11: warning: the en translation of block 'p1' is "
                + "pending; the page shows the original [translation-pending]", "0 errors, 1 warning");
        TestProject.Run lenient = p.build("--lenient");
        assertThat(lenient.exitCode()).isZero();
        Document en = Jsoup.parse(p.read("target/site/en/index.html"));
        assertThat(en.getElementById("article-p1").text()).startsWith("Bygget av den nya bron börjar i mars");
        assertThat(en.getElementById("article-p1").attr("lang")).isEqualTo("sv");
        assertThat(en.select("#article-p1 + aside.translation-pending").text())
                .isEqualTo("Translation pending: this passage is shown in the original language.");
        assertThat(en.getElementById("article-p2").hasAttr("lang")).isFalse();
        assertThat(en.select(".translation-pending")).hasSize(1);
    }

    @Test
    void aStatusOtherThanPendingIsAnError() {
        TestProject p = TestProject.fixture("minimal", tmp).edit("site/article/en.yaml", "  - id: p2\n",
                "  - id: p2\n    status: done\n");
        TestProject.Run run = p.build("--lenient");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.err()).contains("error: 'done' is not a block status [value]");
    }
}
