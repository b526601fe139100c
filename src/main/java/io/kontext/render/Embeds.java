package io.kontext.render;

import io.kontext.model.Event;
import io.kontext.model.Figure;
import io.kontext.model.Language;
import io.kontext.model.Site;
import io.kontext.model.SiteConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * The embeddable parts of the explainer, for partner newsrooms: the whole timeline, the timeline
 * of one category, one event, all key figures, one figure; in every language, under
 * {@code /embed/<lang>/}. Each has a copy-paste snippet that works even when the host strips
 * scripts (an iframe of a fixed height and a plain link), and an oEmbed description.
 */
final class Embeds {

    static final String LOADER = "assets/embed-loader.js";
    static final String CHILD = "assets/embed.js";

    /**
     * One embed.
     *
     * @param path below the output root, ending in "/" ("embed/en/timeline/")
     * @param kind timeline, category, event, figures or figure
     * @param item the category, event or figure id, or {@code null}
     * @param section the address of the explainer section it comes from (its canonical address)
     * @param height the iframe's height when no script sizes it
     */
    record Embed(String path, String kind, String item, String title, String section, int height) {
    }

    private final Site site;
    private final Messages messages;
    private final Head head;
    private final Assets assets;

    Embeds(Site site, Messages messages, Assets assets) {
        this.site = site;
        this.messages = messages;
        this.head = new Head(site);
        this.assets = assets;
    }

    private final Map<String, List<Embed>> byLanguage = new java.util.concurrent.ConcurrentHashMap<>();

    /** The embeds of a language, worked out once and shared by the pages that list them. */
    List<Embed> of(LanguageViews v) {
        return byLanguage.computeIfAbsent(v.code(), code -> List.copyOf(list(v)));
    }

    private List<Embed> list(LanguageViews v) {
        Language l = v.language();
        String lang = l.code();
        String base = "embed/" + lang + "/";
        String explainer = head.explainerUrl(l);
        List<Embed> out = new ArrayList<>();
        out.add(new Embed(base + "timeline/", "timeline", null, messages.get(lang, "embed.timeline"),
                explainer + "#timeline", 900));
        for (SiteConfig.Category c : site.config().categories()) {
            if (site.events().stream().anyMatch(e -> e.category().equals(c.id()))) {
                out.add(new Embed(base + "timeline/" + c.id() + "/", "category", c.id(),
                        messages.get(lang, "embed.category", c.labels().get(lang)), explainer + "#timeline", 700));
            }
        }
        for (Event e : site.events()) {
            out.add(new Embed(base + "event/" + e.id() + "/", "event", e.id(),
                    v.text().text(e.words().get(lang).title(), e.words().get(lang).titlePosition()),
                    explainer + "#" + e.id(), 420));
        }
        if (!site.figures().isEmpty()) {
            out.add(new Embed(base + "figures/", "figures", null, messages.get(lang, "embed.figures"),
                    explainer + "#figures", 640));
        }
        for (Figure f : site.figures()) {
            Figure.Words w = f.words().get(lang);
            out.add(new Embed(base + "figure/" + f.id() + "/", "figure", f.id(), v.text().text(w.label(), w.position()),
                    explainer + "#figure-" + f.id(), 300));
        }
        return out;
    }

    String url(Embed e) {
        return head.base() + e.path();
    }

    /** The copy-paste code: the iframe (sized by the loader, fixed without it), a plain link, the loader. */
    String snippet(Embed e, Language l) {
        String title = e.title() + " – " + site.config().title().get(l.code());
        String link = title + " (" + site.config().publisher().name() + ")";
        return "<div class=\"kontext-embed\" data-kontext-embed=\"" + attr(url(e)) + "\" data-kontext-title=\""
                + attr(title) + "\"><iframe src=\"" + attr(url(e)) + "\" title=\"" + attr(title)
                + "\" loading=\"lazy\" height=\"" + e.height() + "\" style=\"border:0;width:100%\"></iframe><p><a href=\""
                + attr(e.section()) + "\">" + Entities.escape(link) + "</a></p></div><script async src=\""
                + attr(head.base() + assets.url(LOADER)) + "\" integrity=\"" + assets.integrity(LOADER)
                + "\" crossorigin=\"anonymous\"></script>";
    }

    /** The oEmbed response for an embed: a static file beside its page. */
    String oembed(Embed e, Language l) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("version", "1.0");
        o.put("type", "rich");
        o.put("title", e.title() + " – " + site.config().title().get(l.code()));
        o.put("provider_name", site.config().publisher().name());
        o.put("provider_url", site.config().publisher().url());
        o.put("html", snippet(e, l));
        o.put("width", 640);
        o.put("height", e.height());
        o.put("thumbnail_url", head.base() + Pages.card(l));
        o.put("thumbnail_width", 1200);
        o.put("thumbnail_height", 630);
        o.put("cache_age", 3600);
        return Json.write(o) + "\n";
    }

    String oembedUrl(Embed e) {
        return url(e) + "oembed.json";
    }

    private static String attr(String s) {
        return Entities.escape(s).replace("\"", "&quot;");
    }
}
