package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explainer this repository ships, built once and read as a reader would. */
class ShippedExplainerTest {

    /** SHA-256 of the seed article as it was received. */
    static final String SEED_SHA256 = "bc8b454197cbed017a96f40e005b1cb9b31797f9c6df6bacca4c784513a6e7c1";
    static final String SEED = "seeds/nordkorea-arbetare-ryssland.txt";

    @TempDir
    static Path tmp;
    static TestProject project;
    static Document sv;
    static Document en;

    @BeforeAll
    static void build() {
        project = TestProject.shipped(tmp);
        TestProject.Run run = project.build();
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        sv = Jsoup.parse(project.read("target/site/sv/index.html"));
        en = Jsoup.parse(project.read("target/site/en/index.html"));
    }

    @Test
    void theSeedIsKeptByteForByte() throws Exception {
        byte[] bytes = Files.readAllBytes(TestProject.REPO.resolve(SEED));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(SEED_SHA256);
    }

    @Test
    void everySeedParagraphIsOnTheSwedishPageAndTheScrapeLeftoversAreNot() throws Exception {
        List<String> lines = Files.readAllLines(TestProject.REPO.resolve(SEED), StandardCharsets.UTF_8);
        String article = sv.getElementById("article").text();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (line.equals("Just nu läser andra") || line.equals("Läs också")) {
                assertThat(sv.body().text()).doesNotContain(line);
            } else {
                assertThat(article).contains(line.strip());
            }
        }
    }

    @Test
    void theEnglishPageHasEveryArticleBlockTranslated() {
        List<Element> svBlocks = sv.select(".article-text [id^=article-]");
        List<Element> enBlocks = en.select(".article-text [id^=article-]");
        assertThat(svBlocks).hasSize(14);
        assertThat(enBlocks.stream().map(Element::id).toList()).isEqualTo(svBlocks.stream().map(Element::id).toList());
        for (int i = 0; i < svBlocks.size(); i++) {
            assertThat(enBlocks.get(i).text()).isNotBlank().isNotEqualTo(svBlocks.get(i).text());
        }
        assertThat(en.getElementById("article-headline").text()).startsWith("North Korea");
    }

    @Test
    void hreflangSetsAreCompleteAndReciprocalWithXDefault() {
        Map<String, String> expected = Map.of(
                "sv", "https://kontext.example/nordkorea-arbetare/sv/",
                "en", "https://kontext.example/nordkorea-arbetare/en/",
                "x-default", "https://kontext.example/nordkorea-arbetare/");
        for (String page : new String[] {"index.html", "sv/index.html", "en/index.html"}) {
            Document d = Jsoup.parse(project.read("target/site/" + page));
            Map<String, String> got = new java.util.TreeMap<>();
            d.select("link[rel=alternate][hreflang]").forEach(l -> got.put(l.attr("hreflang"), l.attr("href")));
            assertThat(got).as(page).isEqualTo(new java.util.TreeMap<>(expected));
            assertThat(expected.values()).as(page).contains(d.selectFirst("link[rel=canonical]").attr("href"));
        }
    }

    @Test
    void datesAndNumbersAreWrittenTheWayEachLanguageWritesThem() {
        assertThat(sv.text().replace('\u00a0', ' ')).contains("19 juni 2024", "13 221", "22 december 2019");
        assertThat(en.text()).contains("19 June 2024", "13,221", "22 December 2019");
    }

    @Test
    void theTimelineIsAnOrderedListOfEventsWithMachineReadableDates() {
        List<Element> events = en.select("#timeline ol.years > li > ol.events > li.event");
        assertThat(events).hasSizeGreaterThanOrEqualTo(25);
        for (Element e : events) {
            assertThat(e.selectFirst("time[datetime]")).as(e.id()).isNotNull();
        }
        assertThat(sv.select("#timeline li.event").eachAttr("id")).isEqualTo(events.stream().map(Element::id).toList());
    }

    @Test
    void theCorrectionIsShownNextToTheSentenceItCorrectsInBothLanguages() {
        assertThat(sv.selectFirst("#article-p10 mark#corrected-kursk-year").text()).isEqualTo("hösten 2023");
        assertThat(en.selectFirst("#article-p10 mark#corrected-kursk-year").text()).isEqualTo("autumn 2023");
        assertThat(sv.selectFirst("#article-p10 + aside.correction-note").text()).contains("hösten 2024");
        assertThat(en.selectFirst("#article-p10 + aside.correction-note").text()).contains("autumn 2024");
    }

    @Test
    void eachLanguageHasItsStructuredDataLinkedToTheOther() {
        String svLd = sv.selectFirst("script[type=application/ld+json]").data();
        String enLd = en.selectFirst("script[type=application/ld+json]").data();
        assertThat(svLd).contains("\"@type\":\"BackgroundNewsArticle\"", "\"workTranslation\"",
                "\"@type\":\"CorrectionComment\"", "\"inLanguage\":\"sv-SE\"");
        assertThat(enLd).contains("\"translationOfWork\":{\"@id\":\"https://kontext.example/nordkorea-arbetare/sv/#explainer\"}");
    }
}
