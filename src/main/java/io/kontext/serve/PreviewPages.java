package io.kontext.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pages made for the preview only, under {@code /__kontext/}: every embed inside a mock partner
 * article at a phone and a desktop width, with its copy-paste code; the explainer in every
 * language side by side; and a start page linking them. They are made from what the last good build
 * says of its languages and embeds.
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
        site.site().ifPresent(index -> index.embeds().values().forEach(list -> list.forEach(e -> {
            String dir = e.path();
            out.add(new Embed(dir.replace('/', '-').replaceAll("-$", ""), dir, e.title(), site.basePath() + dir,
                    site.basePath() + e.oembed(), PARTNER + dir, e.snippet()));
        })));
        out.sort((a, b) -> a.dir().compareTo(b.dir()));
        return out;
    }

    static List<Language> languages(Snapshot site) {
        List<Language> out = new ArrayList<>();
        site.site().ifPresent(index -> index.languages().forEach(l -> out.add(new Language(l.code(),
                site.basePath() + l.path()))));
        return out;
    }
}
