package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An explainer in one language (the fixture {@code one-language}: the minimal one, Swedish only)
 * builds as a site of its own: no language switch, no side-by-side reading, no translation notes,
 * no hreflang pairs, and no page of the other language.
 */
class OneLanguageTest {

    @TempDir
    Path tmp;

    @Test
    void aSiteOfOneLanguageBuildsWithNoLanguageSwitchNoTranslationPagesAndNoHreflang() throws Exception {
        TestProject p = TestProject.fixture("one-language", tmp);
        TestProject.Run run = p.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path out = p.path("target/site");
        assertThat(out.resolve("sv/index.html")).exists();
        assertThat(out.resolve("sv/parallel")).doesNotExist();
        assertThat(out.resolve("en")).doesNotExist();

        Document explainer = Jsoup.parse(Files.readString(out.resolve("sv/index.html")));
        assertThat(explainer.select("nav.langs")).as("the language switch").isEmpty();
        assertThat(explainer.select(".article-note")).as("the note on the original and its translation").isEmpty();
        assertThat(explainer.select("li.event")).hasSize(3);
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path page : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertThat(Jsoup.parse(Files.readString(page)).select("link[rel=alternate][hreflang]"))
                        .as("hreflang on " + out.relativize(page)).isEmpty();
            }
        }
        assertThat(Files.readString(out.resolve("sitemap.xml"))).doesNotContain("hreflang")
                .contains("<loc>https://example.org/bron/sv/</loc>");
        assertThat(Files.readString(out.resolve("data/sv/timeline.json"))).contains("\"language\":\"sv\"");
    }
}
