package io.kontext.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The page weight budget of the explainer: the page and everything it loads (stylesheet, scripts,
 * inline SVG; not the social card, which only link previews fetch) under 60 KB gzipped, and all of
 * its JavaScript under 5 KB gzipped.
 */
class PageWeightTest {

    static final int PAGE_BUDGET = 60 * 1024;
    static final int SCRIPT_BUDGET = 5 * 1024;

    @Test
    void eachExplainerPageWithItsAssetsStaysUnder60KbCompressedAndItsScriptsUnder5Kb() throws IOException {
        BuiltSites.Site site = BuiltSites.shipped();
        for (String page : site.pages()) {
            if (!page.matches("[a-z]{2,3}/index\\.html")) {
                continue;
            }
            Path file = site.out().resolve(page);
            Document doc = Jsoup.parse(file.toFile());
            long total = gzipped(Files.readAllBytes(file));
            long scripts = 0;
            for (Element e : doc.select("link[rel=stylesheet][href], script[src], img[src]")) {
                Path asset = file.getParent().resolve(e.hasAttr("href") ? e.attr("href") : e.attr("src")).normalize();
                long size = gzipped(Files.readAllBytes(asset));
                total += size;
                if (e.tagName().equals("script")) {
                    scripts += size;
                }
            }
            System.out.printf("page weight %s: %.1f KB gzipped, scripts %.1f KB%n", page, total / 1024.0,
                    scripts / 1024.0);
            assertThat(total).as(page + " bytes gzipped").isLessThan(PAGE_BUDGET);
            assertThat(scripts).as(page + " script bytes gzipped").isPositive().isLessThan(SCRIPT_BUDGET);
        }
    }

    static long gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            gz.write(bytes);
        }
        return out.size();
    }
}
