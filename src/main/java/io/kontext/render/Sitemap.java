package io.kontext.render;

import io.kontext.layout.Address;
import io.kontext.layout.Layout;
import io.kontext.model.Language;
import io.kontext.model.Site;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Entities;

/** {@code sitemap.xml} with the hreflang alternates of every page (Google's multilingual form). */
final class Sitemap {

    private Sitemap() {
    }

    /**
     * @param kinds the pages that exist in every language (the explainer, the side-by-side page, ...)
     * @param pages the pages beside the explainer, with their translations
     */
    static String xml(Site site, Layout layout, Head head, List<Function<Language, Address>> kinds, Pages pages) {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        Language original = site.config().original();
        for (Function<Language, Address> kind : kinds) {
            Address xDefault = kind.apply(original).equals(layout.explainer(original)) ? layout.chooser()
                    : kind.apply(original);
            List<Views.Alternate> alternates = head.alternates(kind, xDefault);
            for (Language l : site.config().languages()) {
                b.append("  <url>\n    <loc>").append(Entities.escape(layout.url(kind.apply(l)))).append("</loc>\n");
                b.append("    <lastmod>").append(site.config().updated()).append("</lastmod>\n");
                for (Views.Alternate a : alternates) {
                    b.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(a.hreflang()).append("\" href=\"")
                            .append(Entities.escape(a.href())).append("\"/>\n");
                }
                b.append("  </url>\n");
            }
        }
        for (io.kontext.model.Page p : site.pages()) {
            b.append("  <url>\n    <loc>").append(Entities.escape(layout.url(new Address(p.path())))).append("</loc>\n");
            b.append("    <lastmod>").append(p.date()).append("</lastmod>\n");
            for (Views.Alternate a : pages.alternates(p)) {
                b.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(a.hreflang()).append("\" href=\"")
                        .append(Entities.escape(a.href())).append("\"/>\n");
            }
            b.append("  </url>\n");
        }
        b.append("</urlset>\n");
        return b.toString();
    }
}
