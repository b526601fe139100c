package io.kontext.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.cli.ExitCode;
import io.kontext.testing.Golden;
import io.kontext.testing.TestProject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken projects: each problem is reported at its file, line and column, all of them in one run,
 * and nothing is written. The exact output is pinned in {@code golden/diagnostics/}.
 */
class DiagnosticsTest {

    @TempDir
    Path tmp;

    @Test
    void reportsASyntaxErrorAMissingTitleAndAnUnknownSourceTogetherAndKeepsTheEarlierOutput() {
        TestProject p = TestProject.fixture("minimal", tmp);
        assertThat(p.build().exitCode()).isZero();
        Map<String, String> before = TestProject.hashes(p.path("target/site"));

        p.edit("site/data/glossary.yaml", "  - id: fullmaktige\n", "  - id: fullmaktige\n   bad: [\n");
        p.edit("site/data/timeline.yaml", "en: {title: \"Decision to build\", text:", "en: {text:");
        p.edit("site/data/figures.yaml", "sources: [budget]", "sources: [budget-2025]");
        TestProject.Run run = p.build();

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.err())
                .contains("site/data/glossary.yaml:3:4: error: YAML syntax error")
                .contains("site/data/timeline.yaml:15:9: error: event 'decision' ('en') has no 'title'")
                .contains("site/data/figures.yaml:5:15: error: unknown source id 'budget-2025'")
                .contains("hint: did you mean 'budget'?");
        Golden.assertText("diagnostics/three-problems.txt", run.err());
        assertThat(TestProject.hashes(p.path("target/site"))).isEqualTo(before);
    }

    @Test
    void anEmptyFrontMatterIsReportedEvenWhenAnotherFileHasAnError() {
        TestProject p = TestProject.fixture("minimal", tmp);
        p.edit("site/data/glossary.yaml", "  - id: fullmaktige\n", "  - id: fullmaktige\n   bad: [\n");
        p.write("site/content/en/summary.md", "---\n---\nText.\n");
        TestProject.Run run = p.build();
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.err()).contains("site/data/glossary.yaml:3:4: error: YAML syntax error")
                .contains("site/content/en/summary.md:1:1: error: site/content/en/summary.md has an empty front matter");
    }

    @Test
    void everyCorrectionThatNamesABlockTheArticleDoesNotHaveIsReported() {
        TestProject p = TestProject.fixture("minimal", tmp);
        p.edit("site/data/corrections.yaml", "    block: p2\n", "    block: p20\n");
        p.write("site/data/corrections.yaml", p.read("site/data/corrections.yaml") + """
                  - id: another
                    date: 2025-03-02
                    type: clarification
                    block: p30
                    sources: [council-decision]
                    sv: {quote: "revs", text: "Förtydligande."}
                    en: {quote: "torn", text: "A clarification."}
                """);
        TestProject.Run run = p.build();
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.err()).contains("correction 'demolition-year' names block 'p20'")
                .contains("correction 'another' names block 'p30'");
    }

    @Test
    void reportsAMissingExtraAndStaleTranslationBlockAtTheirLines() {
        TestProject p = TestProject.fixture("minimal", tmp);
        p.edit("seeds/artikel.txt", "Bron kostar 40 miljoner kronor.", "Bron kostar 45 miljoner kronor.");
        p.edit("site/article/en.yaml", "  - id: s1\n", "  - id: s9\n");
        p.edit("site/article/en.yaml", "  - id: headline\n    source: bbc1038e54\n    text: \"The municipality is building a new bridge over the river\"\n", "");
        TestProject.Run run = p.build();
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        Golden.assertText("diagnostics/translation.txt", run.err());
        assertThat(run.err())
                .contains("site/article/en.yaml:1:1: error: block 'headline' of the article has no en translation")
                .contains("site/article/en.yaml:5:9: error: block 's9' does not exist in the original article")
                .contains("site/article/en.yaml:9:13: error: the en translation of block 'p2' is stale");
        assertThat(p.path("target")).doesNotExist();
    }

    @Test
    void reportsUnknownKeysWrongTypesAndImpossibleDatesWithHints() {
        TestProject p = TestProject.fixture("minimal", tmp);
        p.edit("site/data/sources.yaml", "    publisher: \"Kommunen\"\n    title: \"Beslut", "    publsher: \"Kommunen\"\n    title: \"Beslut");
        p.edit("site/data/timeline.yaml", "date: 2024-11-05", "date: 2024-02-30");
        p.edit("site/data/figures.yaml", "value: 40000000", "value: 40 miljoner");
        p.edit("site/site.yaml", "published: 2025-03-01", "published: [2025]");
        TestProject.Run run = p.build();
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        Golden.assertText("diagnostics/shapes.txt", run.err());
        assertThat(run.err())
                .contains("site/data/sources.yaml:3:5: error: a source has an unknown key 'publsher' [unknown-key]")
                .contains("hint: did you mean 'publisher'?")
                .contains("site/data/timeline.yaml:10:11: error: '2024-02-30' is not a date")
                .contains("site/data/figures.yaml:3:12: error: '40 miljoner' is not a number")
                .contains("site/site.yaml:18:12: error: 'published' must be text, found a list");
    }

    @Test
    void reportsAnEventWithoutALanguageAndAnUnknownCategory() {
        TestProject p = TestProject.fixture("minimal", tmp);
        p.edit("site/data/timeline.yaml",
                "    sv: {title: \"Bron öppnar\", text: \"Kommunen säger att bron öppnar.\"}\n", "");
        p.edit("site/data/timeline.yaml", "category: decisions", "category: decision");
        TestProject.Run run = p.build();
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.err())
                .contains("site/data/timeline.yaml:16:5: error: event 'opening' has no 'sv' text [parity]")
                .contains("'decision' is not a valid category")
                .contains("use one of: decisions, works");
    }

    @Test
    void refusesAnchorsAliasesTagsAndDuplicateKeys() {
        TestProject p = TestProject.fixture("minimal", tmp);
        p.write("site/data/glossary.yaml", """
                terms:
                  - id: a
                    sv: &words {term: "A", definition: "B"}
                    en: *words
                """);
        p.edit("site/data/figures.yaml", "value: 40000000", "value: !!int 40000000");
        p.edit("site/data/sources.yaml", "    language: sv\n  - id: budget", "    language: sv\n    language: en\n  - id: budget");
        TestProject.Run run = p.build();
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.err())
                .contains("site/data/glossary.yaml:3:9: error: YAML anchors ('&words') are not allowed")
                .contains("site/data/figures.yaml:3:12: error: YAML type tags")
                .contains("site/data/sources.yaml:8:5: error: duplicate key 'language'");
    }

    @Test
    void aCorrectionQuoteMustOccurInItsBlock() {
        TestProject p = TestProject.fixture("minimal", tmp);
        p.edit("site/data/corrections.yaml", "quote: \"was torn down in 2023\"", "quote: \"was demolished in 2023\"");
        TestProject.Run run = p.build();
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.err()).contains("site/data/corrections.yaml:9:17: error: the en quote of correction "
                + "'demolition-year' does not occur in block 'p2'");
    }

    @Test
    void anUnusedSourceFailsTheBuildUnlessLenient() {
        TestProject p = TestProject.fixture("minimal", tmp);
        p.edit("site/data/sources.yaml", "sources:\n", """
                sources:
                  - id: spare
                    publisher: "X"
                    title: "Y"
                    url: https://example.org/y
                    date: 2024
                    language: sv
                """);
        TestProject.Run strict = p.build();
        assertThat(strict.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(strict.err()).contains("site/data/sources.yaml:2:5: warning: source 'spare' is not cited anywhere");
        assertThat(p.build("--lenient").exitCode()).isZero();
    }
}
