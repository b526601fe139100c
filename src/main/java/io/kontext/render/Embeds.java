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
     * @param summary what the embed shows, in a sentence, for hosts that show a quote instead of the frame
     * @param height the frame's height when no script sizes it
     */
    record Embed(String path, String kind, String item, String title, String section, String summary,
            FrameHeight.Height height) {
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
        Formats formats = v.formats();
        String base = "embed/" + lang + "/";
        String explainer = head.explainerUrl(l);
        List<Embed> out = new ArrayList<>();
        out.add(new Embed(base + "timeline/", "timeline", null, messages.get(lang, "embed.timeline"),
                explainer + "#timeline", eventsSummary(lang, site.events()), FrameHeight.LIST));
        for (SiteConfig.Category c : site.config().categories()) {
            List<Event> events = site.events().stream().filter(e -> e.category().equals(c.id())).toList();
            if (!events.isEmpty()) {
                out.add(new Embed(base + "timeline/" + c.id() + "/", "category", c.id(),
                        messages.get(lang, "embed.category", c.labels().get(lang)), explainer + "#timeline",
                        eventsSummary(lang, events), FrameHeight.LIST));
            }
        }
        String credit = messages.get(lang, "embed.credit", site.config().title().get(lang),
                site.config().publisher().name());
        for (Event e : site.events()) {
            Event.Words w = e.words().get(lang);
            String title = v.text().text(w.title(), w.titlePosition());
            String date = formats.span(e.date(), e.end());
            String status = messages.get(lang, "status." + e.status());
            String category = site.config().categories().stream().filter(c -> c.id().equals(e.category()))
                    .map(c -> c.labels().get(lang)).findFirst().orElse("");
            List<String> notes = site.corrections().stream().filter(c -> c.events().contains(e.id()))
                    .map(c -> c.words().get(lang).text()).toList();
            out.add(new Embed(base + "event/" + e.id() + "/", "event", e.id(), title, explainer + "#" + e.id(),
                    date + " \u00b7 " + status, FrameHeight.event(date + " " + category + " " + status + "  ", title,
                            w.text(), notes, !e.sources().isEmpty(), credit)));
        }
        if (!site.figures().isEmpty()) {
            out.add(new Embed(base + "figures/", "figures", null, messages.get(lang, "embed.figures"),
                    explainer + "#figures", site.figures().stream().map(f -> formats.valueWithUnit(f) + " ("
                            + v.text().text(f.words().get(lang).label(), f.words().get(lang).position()) + ")")
                            .collect(java.util.stream.Collectors.joining("; ")), FrameHeight.LIST));
        }
        for (Figure f : site.figures()) {
            Figure.Words w = f.words().get(lang);
            String label = v.text().text(w.label(), w.position());
            out.add(new Embed(base + "figure/" + f.id() + "/", "figure", f.id(), label, explainer + "#figure-" + f.id(),
                    messages.get(lang, "embed.summary.figure", formats.valueWithUnit(f), formats.date(f.asOf())),
                    FrameHeight.figure(label, w.note(), credit)));
        }
        return out;
    }

    /** "37 events, 2006–2025". */
    private String eventsSummary(String lang, List<Event> events) {
        int first = events.stream().mapToInt(e -> e.date().year()).min().orElse(0);
        int last = events.stream().mapToInt(e -> (e.end() != null ? e.end() : e.date()).year()).max().orElse(0);
        String years = first == last ? Integer.toString(first) : first + "\u2013" + last;
        return messages.get(lang, "embed.summary.events", Integer.toString(events.size()), years);
    }

    String url(Embed e) {
        return head.base() + e.path();
    }

    /**
     * The copy-paste code, and the HTML of the oEmbed answer. Hosts keep different parts of it:
     * <ul>
     * <li>with the loader script, the frame takes the exact height of its content and the quote
     * is hidden;</li>
     * <li>without scripts, the frame keeps a height that suits the width (its style wins over
     * the host's stylesheet rules, being inline and {@code !important}) and the quote stays as
     * a plain summary with a link;</li>
     * <li>WordPress keeps only the quote and the frame, with their links and the frame's
     * {@code width}, {@code height} and {@code frameborder}: it shows the quote until the embed
     * page speaks to its own resizer, then the frame.</li>
     * </ul>
     */
    String snippet(Embed e, Language l) {
        String lang = l.code();
        String siteTitle = site.config().title().get(lang);
        String title = e.title() + " \u2013 " + siteTitle;
        String credit = messages.get(lang, "embed.credit", siteTitle, site.config().publisher().name());
        String url = attr(url(e));
        return "<div class=\"kontext-embed\" data-kontext-embed=\"" + url + "\" data-kontext-title=\"" + attr(title)
                + "\"><blockquote class=\"kontext-embed-fallback\"><a href=\"" + attr(e.section()) + "\">"
                + Entities.escape(e.title()) + "</a>: " + Entities.escape(e.summary()) + ". "
                + Entities.escape(credit) + "</blockquote><iframe src=\"" + url + "\" title=\"" + attr(title)
                + "\" width=\"100%\" height=\"" + Math.max(e.height().phone(), e.height().desktop())
                + "\" frameborder=\"0\" loading=\"lazy\" style=\"" + frameStyle(e.height())
                + "\"></iframe></div><script async src=\"" + attr(head.base() + assets.url(LOADER)) + "\" integrity=\""
                + assets.integrity(LOADER) + "\" crossorigin=\"anonymous\"></script>";
    }

    /**
     * The frame's inline style: every property a theme's {@code iframe} rule commonly sets
     * (height 100% or auto, a border, a maximum width, an aspect ratio), held with
     * {@code !important}, which only an inline style of the same weight (the loader's) undoes.
     */
    private static String frameStyle(FrameHeight.Height h) {
        return "display:block!important;width:100%!important;max-width:100%!important;height:" + h.css()
                + "!important;min-height:0!important;max-height:none!important;aspect-ratio:auto!important;"
                + "border:0!important;margin:0!important;padding:0!important";
    }

    /**
     * The oEmbed answer for an embed: a static file beside its page. Static hosting cannot read
     * the consumer's {@code maxwidth} and {@code maxheight}, so the sizes suit the smallest that
     * common consumers ask for (WordPress: 500 by 750); the frame fills the width it gets anyway.
     */
    String oembed(Embed e, Language l) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("version", "1.0");
        o.put("type", "rich");
        o.put("title", e.title() + " \u2013 " + site.config().title().get(l.code()));
        o.put("provider_name", site.config().publisher().name());
        o.put("provider_url", site.config().publisher().url());
        o.put("html", snippet(e, l));
        o.put("width", OEMBED_WIDTH);
        o.put("height", Math.min(e.height().at(OEMBED_WIDTH), OEMBED_MAX_HEIGHT));
        o.put("thumbnail_url", head.base() + Pages.card(l));
        o.put("thumbnail_width", 1200);
        o.put("thumbnail_height", 630);
        o.put("cache_age", 3600);
        return Json.write(o) + "\n";
    }

    static final int OEMBED_WIDTH = 500;
    static final int OEMBED_MAX_HEIGHT = 750;

    String oembedUrl(Embed e) {
        return url(e) + "oembed.json";
    }

    private static String attr(String s) {
        return Entities.escape(s).replace("\"", "&quot;");
    }
}
