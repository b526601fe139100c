package io.kontext.render;

import io.kontext.model.Language;
import io.kontext.model.Site;
import org.jsoup.nodes.Entities;

/** {@code sitemap.xml} with the hreflang alternates of every page (Google's multilingual form). */
final class Sitemap {

    private Sitemap() {
    }

    /**
     * @param paths the pages under each language ("" for the explainer, "parallel/")
     * @param pages the pages beside the explainer, with their translations
     */
    static String xml(Site site, Head head, java.util.List<String> paths, Pages pages) {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        String original = head.explainerUrl(site.config().defaultLanguage());
        for (String path : paths) {
            var alternates = path.isEmpty() ? head.alternates() : head.alternates(path, original + path);
            for (Language l : site.config().languages()) {
                b.append("  <url>\n    <loc>").append(Entities.escape(head.explainerUrl(l) + path)).append("</loc>\n");
                b.append("    <lastmod>").append(site.config().updated()).append("</lastmod>\n");
                for (Views.Alternate a : alternates) {
                    b.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(a.hreflang()).append("\" href=\"")
                            .append(Entities.escape(a.href())).append("\"/>\n");
                }
                b.append("  </url>\n");
            }
        }
        for (io.kontext.model.Page p : site.pages()) {
            b.append("  <url>\n    <loc>").append(Entities.escape(head.base() + p.path())).append("</loc>\n");
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
