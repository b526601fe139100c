package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An explainer whose article is in a language written right to left (the fixture {@code rtl}: an
 * Arabic article with an English translation). Each page says its direction, and so does every
 * piece of text in the other direction: the language switch, a source's title, the sides of the
 * side-by-side page, an untranslated passage. The drawings Kontext makes run from the right in
 * Arabic (the timeline's overview), and the words it writes about languages name them ("a
 * translation of the Arabic article"). The browser gates check the mirrored layout itself.
 */
class RightToLeftTest {

    @TempDir
    Path tmp;

    @Test
    void everyPageAndEveryPassageInTheOtherDirectionSaysItsDirection() throws Exception {
        TestProject p = TestProject.fixture("rtl", tmp);
        TestProject.Run run = p.build();
        assertThat(run.exitCode()).as(run.err()).isZero();

        Document ar = page(p, "ar/index.html");
        Document en = page(p, "en/index.html");
        assertThat(ar.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(en.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(ar.select("nav.langs a[lang=en]").attr("dir")).isEqualTo("ltr");
        assertThat(en.select("nav.langs a[lang=ar]").attr("dir")).isEqualTo("rtl");
        assertThat(ar.select("nav.langs a[lang=ar]").hasAttr("dir")).as("the page's own direction is not repeated")
                .isFalse();
        assertThat(en.select("ol.sources a[lang=ar]")).isNotEmpty().allSatisfy(a -> assertThat(a.attr("dir"))
                .isEqualTo("rtl"));
        assertThat(ar.select("ol.sources a[lang=ar]")).isNotEmpty().allSatisfy(a -> assertThat(a.hasAttr("dir"))
                .isFalse());

        Document parallel = page(p, "ar/parallel/index.html");
        assertThat(parallel.select(".side[lang=en]")).isNotEmpty().allSatisfy(s -> assertThat(s.attr("dir"))
                .isEqualTo("ltr"));
        assertThat(parallel.select(".side[lang=ar]")).isNotEmpty().allSatisfy(s -> assertThat(s.hasAttr("dir"))
                .isFalse());
        Document chooser = page(p, "index.html");
        assertThat(chooser.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(chooser.select(".choices li[lang=en]").attr("dir")).isEqualTo("ltr");

        assertThat(en.select(".article-note span").text()).startsWith("A translation of the Arabic article");
        assertThat(page(p, "en/embeds/index.html").select(".standfirst").text()).contains("in Arabic or English.");
        assertThat(page(p, "ar/embeds/index.html").select(".standfirst").text()).contains("باللغة العربية أو الإنجليزية");
    }

    @Test
    void theTimelineOverviewRunsFromTheRightInArabicAndFromTheLeftInEnglish() throws Exception {
        TestProject p = TestProject.fixture("rtl", tmp);
        assertThat(p.build().exitCode()).isZero();
        List<Double> ar = yearPositions(page(p, "ar/index.html"));
        List<Double> en = yearPositions(page(p, "en/index.html"));
        assertThat(ar).hasSize(2).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(en).hasSize(2).isSorted();
        assertThat(ar.get(0)).isEqualTo(100 - en.get(0));
    }

    @Test
    void aLanguageWrittenRightToLeftNeedNotSaySo() throws Exception {
        TestProject p = TestProject.fixture("rtl", tmp);
        p.edit("site/site.yaml", "    direction: rtl\n", "");
        assertThat(p.build().exitCode()).isZero();
        assertThat(page(p, "ar/index.html").selectFirst("html").attr("dir")).isEqualTo("rtl");
        p.edit("site/site.yaml", "    name: العربية\n", "    name: العربية\n    direction: ltr\n");
        assertThat(p.build().exitCode()).isZero();
        assertThat(page(p, "ar/index.html").selectFirst("html").attr("dir")).as("what site.yaml says wins")
                .isEqualTo("ltr");
    }

    @Test
    void datesAndNumbersAreWrittenInTheLocalesDigits() throws Exception {
        TestProject p = TestProject.fixture("rtl", tmp);
        assertThat(p.build().exitCode()).isZero();
        Element approval = page(p, "ar/index.html").getElementById("approval");
        assertThat(approval.select("time").first().text()).as("ar-JO-u-nu-latn: Latin digits")
                .isEqualTo("15 كانون الثاني 2024");
        p.edit("site/site.yaml", "locale: ar-JO-u-nu-latn", "locale: ar-EG");
        assertThat(p.build().exitCode()).isZero();
        Document ar = page(p, "ar/index.html");
        assertThat(ar.getElementById("approval").select("time").first().text()).as("ar-EG: Arabic-Indic digits")
                .isEqualTo("١٥ يناير ٢٠٢٤");
        assertThat(ar.select("svg.axis text.tick-label").eachText()).containsExactly("٢٠٢٤", "٢٠٢٥");
        assertThat(ar.select(".figure-value").first().text()).contains("١٢٬٠٠٠٬٠٠٠");
    }

    /** The x positions (percent) of the year labels of the timeline's overview, first year first. */
    private static List<Double> yearPositions(Document d) {
        return d.select("svg.axis text.tick-label").stream().map(Element::attributes)
                .map(a -> Double.parseDouble(a.get("x").replace("%", ""))).toList();
    }

    private static Document page(TestProject p, String path) throws Exception {
        return Jsoup.parse(Files.readString(p.path("target/site/" + path)));
    }
}
