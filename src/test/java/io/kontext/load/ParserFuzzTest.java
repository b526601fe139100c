package io.kontext.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kontext.diag.Diagnostic;
import io.kontext.diag.Diagnostics;
import io.kontext.diag.SourceText;
import java.util.List;

/**
 * Coverage-guided fuzzing (Jazzer) of everything that reads what editors write: the seed parser,
 * the front matter splitter and the YAML reading of site.yaml. Whatever the bytes, the parsers end
 * with diagnostics that point inside the file, never with an exception.
 *
 * <p>A plain test run replays the inputs kept in {@code src/test/resources/io/kontext/load/
 * ParserFuzzTestInputs/<method>/} (findings are kept there as regression tests). To fuzz, run one
 * method with {@code JAZZER_FUZZ=1}, for example
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ParserFuzzTest#seedParserNeverThrows}.
 */
class ParserFuzzTest {

    /** The text as Kontext reads a file, or null when it refuses the bytes (reported, as in a build). */
    private static String decode(byte[] bytes, Diagnostics diagnostics) {
        return new TextFiles(new Project(java.nio.file.Path.of(".")), diagnostics).decode("fuzz.txt", bytes)
                .orElse(null);
    }

    private static void positionsAreInside(Diagnostics diagnostics, SourceText text) {
        for (Diagnostic d : diagnostics.all()) {
            assertThat(d.position().line()).isBetween(0, Math.max(1, text.lineCount() + 1));
        }
    }

    @FuzzTest(maxDuration = "20s")
    void seedParserNeverThrows(byte[] input) {
        Diagnostics diagnostics = new Diagnostics();
        String decoded = decode(input, diagnostics);
        if (decoded == null) {
            return;
        }
        SourceText text = new SourceText("seeds/fuzz.txt", decoded);
        var blocks = new SeedParser(diagnostics).parse(text, List.of("Läs också"));
        for (var b : blocks) {
            assertThat(b.text()).isNotBlank();
            assertThat(b.hash()).hasSize(10);
        }
        positionsAreInside(diagnostics, text);
    }

    @FuzzTest(maxDuration = "20s")
    void frontMatterSplitterNeverThrows(byte[] input) {
        Diagnostics diagnostics = new Diagnostics();
        String decoded = decode(input, diagnostics);
        if (decoded == null) {
            return;
        }
        SourceText text = new SourceText("site/content/en/fuzz.md", decoded);
        new SectionLoader(diagnostics, new References(diagnostics), new MarkdownConverter(diagnostics)).load(text, "fuzz");
        positionsAreInside(diagnostics, text);
    }

    @FuzzTest(maxDuration = "20s")
    void siteYamlLoadingNeverThrows(byte[] input) {
        Diagnostics diagnostics = new Diagnostics();
        String decoded = decode(input, diagnostics);
        if (decoded == null) {
            return;
        }
        SourceText text = new SourceText("site/site.yaml", decoded);
        new SiteConfigLoader(diagnostics, new References(diagnostics)).load(text, java.util.Optional.empty());
        positionsAreInside(diagnostics, text);
    }
}
