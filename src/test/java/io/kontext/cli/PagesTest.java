package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages beside the explainer: Markdown files under site/pages/<lang>/, paired across languages by key. */
class PagesTest {

    @TempDir
    Path tmp;

    @Test
    void eachPageIsWrittenAtItsSlugAndLinksToItsTranslationAndBack() {
        TestProject p = TestProject.fixture("pages", tmp);
        TestProject.Run run = p.build();
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();

        // paired by translationKey, with a slug from the front matter or the file name
        Document en = Jsoup.parse(p.read("target/site/en/background/old-bridge/index.html"));
        assertThat(en.selectFirst("h1").text()).isEqualTo("The old bridge");
        assertThat(en.select("link[rel=alternate][hreflang]").eachAttr("href")).containsExactly(
                "https://example.org/bron/sv/bakgrund/gamla-bron/", "https://example.org/bron/en/background/old-bridge/",
                "https://example.org/bron/sv/bakgrund/gamla-bron/");
        assertThat(en.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/bron/en/background/old-bridge/");
        assertThat(en.select(".langs a").eachAttr("href")).containsExactly("../../../sv/bakgrund/gamla-bron/",
                "../../../en/background/old-bridge/");
        assertThat(en.selectFirst(".back a").attr("href")).isEqualTo("../../../en/");
        // placeholders and citations work as on the explainer; citations lead to its source list
        assertThat(en.text()).contains("It was torn down in 2023.");
        assertThat(en.select("sup.cite a").eachAttr("href")).containsExactly("../../../en/#source-budget");

        // paired by the same path under each language when no key is given
        Document cost = Jsoup.parse(p.read("target/site/en/cost/index.html"));
        assertThat(cost.select("link[rel=alternate][hreflang=sv]").attr("href"))
                .isEqualTo("https://example.org/bron/sv/kostnad/");
        assertThat(cost.text()).contains("The bridge costs 40,000,000 kronor");

        // the explainer lists its language's pages, newest first
        Document explainer = Jsoup.parse(p.read("target/site/sv/index.html"));
        assertThat(explainer.select("#pages .page-list a").eachAttr("href"))
                .containsExactly("kostnad/", "bakgrund/gamla-bron/");
        assertThat(explainer.selectFirst("#pages h2").text()).isEqualTo("Läs mer");

        // the sitemap names every page with its alternates
        String sitemap = p.read("target/site/sitemap.xml");
        assertThat(sitemap).contains("<loc>https://example.org/bron/sv/bakgrund/gamla-bron/</loc>",
                "<loc>https://example.org/bron/en/cost/</loc>");
    }

    @Test
    void badPagesAreReportedTogetherAtTheirFilesAndNothingIsWritten() {
        TestProject p = TestProject.fixture("pages", tmp);
        p.write("site/pages/sv/trasig.md", "---\ntitle: \"Trasig\"\ndate: 2025-02-30\nslug: \"Stora Bokstäver\"\n---\n\nText.\n");
        p.write("site/pages/en/twin.md", "---\ntitle: \"Twin\"\ndate: 2025-01-01\ntranslationKey: old-bridge\n---\n\nText.\n");
        p.write("site/pages/en/no-front-matter.md", "Just text.\n");
        TestProject.Run run = p.build();
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.err()).contains(
                "site/pages/sv/trasig.md:3:7: error: '2025-02-30' is not a date",
                "site/pages/sv/trasig.md:4:7: error: 'Stora Bokstäver' cannot be the address of a page",
                "have the same translationKey 'old-bridge'",
                "site/pages/en/no-front-matter.md:1:1: error: site/pages/en/no-front-matter.md has no front matter");
        assertThat(Files.exists(p.path("target/site"))).isFalse();
    }

    @Test
    void anUntranslatedPageIsAWarningThatLenientBuildsLetThrough() {
        TestProject p = TestProject.fixture("pages", tmp);
        p.write("site/pages/sv/bara-svenska.md", "---\ntitle: \"Bara svenska\"\ndate: 2025-01-01\n---\n\nText.\n");
        TestProject.Run strict = p.build();
        assertThat(strict.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(strict.err()).contains("site/pages/sv/bara-svenska.md: warning: page 'bara-svenska' has no 'en' version");
        TestProject.Run lenient = p.build("--lenient");
        assertThat(lenient.exitCode()).isZero();
        Document page = Jsoup.parse(p.read("target/site/sv/bara-svenska/index.html"));
        // no translation: no hreflang set, and the language switch leads to the other explainer
        assertThat(page.select("link[rel=alternate][hreflang]")).isEmpty();
        assertThat(page.select(".langs a").eachAttr("href")).contains("../../en/");
    }
}
