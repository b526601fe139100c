package io.kontext.create;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.diag.Diagnostics;
import io.kontext.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewProjectTest {

    @TempDir
    Path tmp;

    @Test
    void theDatesAreTheDayOfTheClock() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2025-05-11T22:30:00Z"), ZoneId.of("Europe/Stockholm"));
        Diagnostics d = new Diagnostics();
        var created = new NewProject(clock, d).create(tmp.resolve("p"),
                TestProject.REPO.resolve("src/test/resources/articles/bibliotek.txt"), NewLanguage.of(List.of("sv", "en")));
        assertThat(d.all()).isEmpty();
        assertThat(created).isPresent();
        assertThat(Files.readString(tmp.resolve("p/site/site.yaml")))
                .contains("published: 2025-05-12\nupdated: 2025-05-12\n", "  published: 2025-05-12\n");
    }

    @Test
    void knownLanguagesGetTheirLocaleAndNameAndOthersAreMarkedForChecking() {
        assertThat(NewLanguage.of(List.of("sv", "no", "fr", "pt"))).extracting(NewLanguage::locale, NewLanguage::name,
                NewLanguage::known).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sv-SE", "Svenska", true),
                        org.assertj.core.groups.Tuple.tuple("nb-NO", "Norsk", true),
                        org.assertj.core.groups.Tuple.tuple("fr-FR", "Français", true),
                        org.assertj.core.groups.Tuple.tuple("pt", "Português", false));
        assertThat(NewLanguage.problem(List.of("sv", "sv"))).hasValueSatisfying(p -> assertThat(p).contains("twice"));
        assertThat(NewLanguage.problem(List.of("sv", "EN"))).isPresent();
        assertThat(NewLanguage.problem(List.of("sv", "en"))).isEmpty();
    }

    @Test
    void markdownTextEscapesWhatMarkdownWouldRead() {
        assertThat(ProjectFiles.markdownText("a *b* [c] <d> {{e}} #f")).isEqualTo("a \\*b\\* \\[c\\] \\<d\\> \\{\\{e\\}\\} \\#f");
        assertThat(ProjectFiles.slug("Nytt bibliotek i Ålunda")).isEqualTo("nytt-bibliotek-i-alunda");
    }
}
