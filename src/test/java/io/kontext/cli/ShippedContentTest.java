package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.diag.Diagnostics;
import io.kontext.load.Project;
import io.kontext.load.SiteLoader;
import io.kontext.model.Event;
import io.kontext.model.Figure;
import io.kontext.model.Site;
import io.kontext.testing.TestProject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped explainer's content: complete, sourced and the same in both languages. (Parity of
 * every item and the existence of every referenced source are build errors already; these tests
 * pin what a reader needs on top.)
 */
class ShippedContentTest {

    @TempDir
    static Path tmp;
    static Site site;
    static Document sv;
    static Document en;

    @BeforeAll
    static void load() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Site> loaded = new SiteLoader(diagnostics).load(new Project(TestProject.REPO), Optional.empty()).inputs()
                .map(io.kontext.load.Inputs::site);
        assertThat(diagnostics.all()).isEmpty();
        site = loaded.orElseThrow();
        TestProject p = TestProject.shipped(tmp);
        assertThat(p.build().exitCode()).isZero();
        sv = Jsoup.parse(p.read("target/site/sv/index.html"));
        en = Jsoup.parse(p.read("target/site/en/index.html"));
    }

    @Test
    void theTimelineHasAtLeast25SourcedEventsFrom2006To2025InEveryCategory() {
        assertThat(site.events()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(site.events().get(0).date().year()).isEqualTo(2006);
        assertThat(site.events().get(site.events().size() - 1).date().year()).isEqualTo(2025);
        assertThat(site.events()).allMatch(e -> !e.sources().isEmpty());
        assertThat(site.events().stream().map(Event::category).distinct())
                .containsExactlyInAnyOrder("pact", "military", "sanctions", "labour");
        assertThat(site.events().stream().map(Event::status).distinct()).contains(Event.Status.CONFIRMED,
                Event.Status.REPORTED, Event.Status.CLAIMED);
    }

    @Test
    void eventsAfterTheArticleAreMarkedAsLaterDevelopments() {
        assertThat(en.select("li.event.later").eachAttr("id"))
                .contains("russia-acknowledges", "msmt-first-report")
                .doesNotContain("treaty-signed", "kursk-incursion");
    }

    @Test
    void thereAreAtLeastSixSourcedKeyFiguresAndTwentySourcesAndEightTerms() {
        assertThat(site.figures()).hasSizeGreaterThanOrEqualTo(6).allMatch(f -> !f.sources().isEmpty());
        assertThat(site.figures().stream().map(Figure::shape)).contains(Figure.Shape.RANGE, Figure.Shape.PARTS);
        assertThat(site.sources()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(site.terms()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(site.terms().stream().map(t -> t.words().get("en").term()).toList())
                .contains("NIS", "ISW", "Rosstat", "MSMT", "KCNA");
    }

    @Test
    void theThreeCorrectionsAreDatedAndSourced() {
        assertThat(site.corrections()).extracting(c -> c.block() + ":" + c.type())
                .containsExactly("p10:CORRECTION", "p3:CLARIFICATION", "p8:CLARIFICATION");
        assertThat(site.corrections()).allMatch(c -> !c.sources().isEmpty() && c.date() != null);
        for (Document d : List.of(sv, en)) {
            assertThat(d.select("#corrections li")).hasSize(3);
            assertThat(d.select(".article-text mark")).hasSize(3);
        }
    }

    @Test
    void bothPagesStateTheKeyDatesInTheirLanguagesFormat() {
        String svText = sv.text().replace('\u00a0', ' ');
        assertThat(svText).contains("22 december 2017", "22 december 2019", "28 mars 2024", "19 juni 2024",
                "6 augusti 2024", "4 december 2024");
        assertThat(en.text()).contains("22 December 2017", "22 December 2019", "28 March 2024", "19 June 2024",
                "6 August 2024", "4 December 2024");
    }

    @Test
    void whatYouNeedToKnowIsFourToSixPoints() {
        assertThat(sv.select("#summary .prose > ul > li")).hasSizeBetween(4, 6);
        assertThat(en.select("#summary .prose > ul > li")).hasSizeBetween(4, 6);
    }

    @Test
    void noPlaceholderTextAnywhere() throws IOException {
        Pattern placeholder = Pattern.compile("(?i)\\b(TODO|TBD|FIXME|XXX|lorem ipsum)\\b");
        List<String> found = new ArrayList<>();
        for (Path file : files(TestProject.REPO.resolve("site"))) {
            String text = Files.readString(file);
            Matcher m = placeholder.matcher(text);
            if (m.find()) {
                found.add(TestProject.REPO.relativize(file) + ": " + m.group());
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * A key figure's number typed into text would not follow a change of the data: every one must be
     * written as {{figure:...}}. Exempt: the article's translation (it says what the article says),
     * source titles (they quote the publishers), and the ends of a range, which are separate claims
     * by different sources ("the Pentagon said about 10,000") that the range sums up.
     */
    @Test
    void keyFiguresAreNeverTypedIntoText() throws IOException {
        List<String> typed = new ArrayList<>();
        for (Figure f : site.figures()) {
            if (f.shape() == Figure.Shape.RANGE) {
                continue;
            }
            for (BigDecimal n : f.numbers()) {
                if (n.compareTo(BigDecimal.valueOf(1000)) < 0) {
                    continue;
                }
                String digits = n.toPlainString();
                String grouped = digits.replaceAll("(\\d)(?=(\\d{3})+$)", "$1,");
                Pattern p = Pattern.compile("(?<![\\d.,])(" + Pattern.quote(digits) + "|" + Pattern.quote(grouped) + "|"
                        + grouped.replace(",", "[ \\u00a0]") + ")(?![\\d])");
                for (Path file : files(TestProject.REPO.resolve("site"))) {
                    if (file.toString().contains("article") || file.endsWith("figures.yaml") || file.endsWith("sources.yaml")) {
                        continue;
                    }
                    Matcher m = p.matcher(Files.readString(file));
                    if (m.find()) {
                        typed.add(TestProject.REPO.relativize(file) + " types " + m.group() + " (" + f.id() + ")");
                    }
                }
            }
        }
        assertThat(typed).isEmpty();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
