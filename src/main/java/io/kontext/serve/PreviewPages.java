package io.kontext.serve;

import io.kontext.render.OutputFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Pages made for the preview only, under {@code /__kontext/}: every embed inside a mock partner
 * article at a phone and a desktop width, with its copy-paste code; the explainer in every
 * language side by side; and a start page linking them. They are made from the last good build's
 * files: the embeds from their {@code oembed.json}, the languages from the chooser's hreflang links.
 */
final class PreviewPages {

    static final String PREFIX = "/__kontext/";
    private static final String PARTNER = PREFIX + "partner/";

    /**
     * @param dir the embed page's folder in the output ({@code embed/en/timeline/})
     * @param snippet the copy-paste code, as {@code oembed.json} gives it
     */
    record Embed(String id, String dir, String title, String page, String oembed, String partner, String snippet) {
    }

    record Language(String code, String page) {
    }

    private final DevPages pages;

    PreviewPages(DevPages pages) {
        this.pages = pages;
    }

    /**
     * The preview page at {@code path}, or nothing if there is none.
     *
     * @param builtFor the origin the site was built for ({@code http://127.0.0.1:1313})
     * @param requested the origin of this request, which the partner page's embed code is moved to,
     *     so that the whole preview stays on one origin whichever local name the browser used
     */
    Optional<String> render(String path, Snapshot site, String builtFor, String requested) {
        if (path.equals(PREFIX)) {
            return Optional.of(pages.render("home", Map.of("site", site.basePath())));
        }
        if (path.equals(PREFIX + "embeds/")) {
            return Optional.of(pages.render("embeds", Map.of("site", site.basePath(), "embeds", embeds(site))));
        }
        if (path.equals(PREFIX + "languages/")) {
            return Optional.of(pages.render("languages", Map.of("site", site.basePath(), "languages",
                    languages(site))));
        }
        if (path.startsWith(PARTNER)) {
            String dir = path.substring(PARTNER.length());
            return embeds(site).stream().filter(e -> e.dir().equals(dir)).findFirst()
                    .map(e -> pages.render("partner", Map.of("title", e.title(),
                            "snippet", e.snippet().replace(builtFor + "/", requested + "/"))));
        }
        return Optional.empty();
    }

    static List<Embed> embeds(Snapshot site) {
        List<Embed> out = new ArrayList<>();
        for (OutputFile f : site.files().values()) {
            if (!f.path().startsWith("embed/") || !f.path().endsWith("/oembed.json")) {
                continue;
            }
            String dir = f.path().substring(0, f.path().length() - "oembed.json".length());
            OEmbed.parse(f.text()).ifPresent(o -> out.add(new Embed(dir.replace('/', '-').replaceAll("-$", ""), dir,
                    o.title(), site.basePath() + dir, site.basePath() + f.path(), PARTNER + dir, o.html())));
        }
        out.sort((a, b) -> a.dir().compareTo(b.dir()));
        return out;
    }

    static List<Language> languages(Snapshot site) {
        List<Language> out = new ArrayList<>();
        site.file("index.html").ifPresent(chooser -> {
            for (Element link : Jsoup.parse(chooser.text()).select("link[rel=alternate][hreflang][href]")) {
                String code = link.attr("hreflang");
                if (!code.equals("x-default")) {
                    pathOf(link.attr("href")).ifPresent(p -> out.add(new Language(code, p)));
                }
            }
        });
        return out;
    }

    private static Optional<String> pathOf(String href) {
        try {
            return Optional.ofNullable(new URI(href).getRawPath()).filter(p -> p.startsWith("/"));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
