package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A third language costs configuration, a message bundle and translations: no Java. */
class ThirdLanguageTest {

    @TempDir
    Path tmp;

    @Test
    void buildsAGermanPageWithGermanDatesAndNumbersAndCompleteHreflang() {
        TestProject p = TestProject.fixture("trilingual", tmp);
        TestProject.Run run = p.build();
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        Document de = Jsoup.parse(p.read("target/site/de/index.html"));
        assertThat(de.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(de.select("link[rel=alternate]").eachAttr("hreflang")).containsExactly("sv", "en", "de", "x-default");
        assertThat(de.text()).contains("5. November 2024", "40.000.000 Kronen", "Die Gemeinde baut eine neue Brücke");
        Document sv = Jsoup.parse(p.read("target/site/sv/index.html"));
        assertThat(sv.select("link[rel=alternate]").eachAttr("href"))
                .contains("https://example.org/bron/de/");
    }

    @Test
    void aMissingGermanBundleKeyIsReportedAgainstTheBundle() {
        TestProject p = TestProject.fixture("trilingual", tmp);
        p.edit("templates/i18n/messages_de.properties", "nav.skip=Zum Inhalt springen\n", "");
        TestProject.Run run = p.build();
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.err()).contains("templates/i18n/messages_de.properties: error: message 'nav.skip' is missing");
    }
}
