package io.kontext.render;

import io.kontext.model.Language;
import io.kontext.model.Page;
import io.kontext.model.Section;
import io.kontext.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/** The variables of each kind of page: what its template gets. */
final class Pages {

    /** Where the side-by-side reading of the article lives, under each language. */
    static final String PARALLEL = "parallel/";
    static final String STYLESHEET = "assets/kontext.css";
    static final String SCRIPT = "assets/kontext.js";

    private final Site site;
    private final Messages messages;
    private final Map<String, LanguageViews> views;
    private final Head head;
    private final Assets assets;
    private final Embeds embeds;

    Pages(Site site, Messages messages, Map<String, LanguageViews> views, Assets assets, Embeds embeds) {
        this.site = site;
        this.messages = messages;
        this.views = views;
        this.head = new Head(site);
        this.assets = assets;
        this.embeds = embeds;
        site.pages().forEach(p -> versions.computeIfAbsent(p.key(), k -> new LinkedHashMap<>()).put(p.lang(), p));
    }

    Map<String, Object> explainer(LanguageViews v) {
        Language l = v.language();
        DataViews data = v.data();
        Map<String, String> correctionTexts = new LinkedHashMap<>();
        site.corrections().forEach(c -> {
            var note = Jsoup.parseBodyFragment(data.note(c).html());
            note.select("sup.cite").remove();
            correctionTexts.put(c.id(), note.text().strip());
        });
        Map<String, Object> vars = common(v);
        List<Embeds.Embed> mine = embeds.of(v);
        Embeds.Embed timeline = mine.stream().filter(e -> e.kind().equals("timeline")).findFirst().orElseThrow();
        Embeds.Embed figures = mine.stream().filter(e -> e.kind().equals("figures")).findFirst().orElse(null);
        List<Views.OEmbedLink> discovery = new ArrayList<>();
        discovery.add(new Views.OEmbedLink(embeds.oembedUrl(timeline), timeline.title()));
        vars.put("timelineSnippet", snippet(timeline, l));
        if (figures != null) {
            discovery.add(new Views.OEmbedLink(embeds.oembedUrl(figures), figures.title()));
            vars.put("figuresSnippet", snippet(figures, l));
        }
        vars.put("embedsPage", EMBEDS);
        vars.put("page", page(l, head.explainerUrl(l), head.alternates(), "../", head.jsonLd(l, correctionTexts), "", "")
                .withOEmbeds(discovery));
        vars.put("sections", sections(v));
        vars.put("figures", data.figures());
        vars.put("timeline", data.timeline());
        vars.put("timelineAxis", v.visuals().timelineAxis());
        vars.put("categories", data.categories());
        vars.put("article", data.article());
        vars.put("articleIsOriginal", l == site.config().defaultLanguage());
        vars.put("parallel", PARALLEL);
        vars.put("corrections", data.corrections());
        vars.put("terms", data.terms());
        vars.put("sources", data.sources());
        vars.put("pages", pageList(l));
        return vars;
    }

    /** The pages of a language for the explainer's list: newest first, linked relative to the explainer. */
    private List<Views.PageLink> pageList(Language l) {
        Formats f = views.get(l.code()).formats();
        String prefix = l.code() + "/";
        return site.pages().stream().filter(p -> p.lang().equals(l.code()))
                .sorted(java.util.Comparator.comparing(Page::date).reversed().thenComparing(Page::key))
                .map(p -> new Views.PageLink(p.path().substring(prefix.length()), p.title(), f.date(p.date()),
                        p.date().toString(), p.summary()))
                .toList();
    }

    /** The versions of each page by key, then language: the translations a page links to. */
    private final Map<String, Map<String, Page>> versions = new java.util.HashMap<>();

    /** The hreflang set of a page: each version, and the original language's (or the first) as x-default. */
    List<Views.Alternate> alternates(Page p) {
        Map<String, Page> all = versions.get(p.key());
        List<Views.Alternate> out = new ArrayList<>();
        if (all.size() < 2) {
            return out;
        }
        for (Language l : site.config().languages()) {
            Page v = all.get(l.code());
            if (v != null) {
                out.add(new Views.Alternate(l.code(), head.base() + v.path()));
            }
        }
        Page original = all.getOrDefault(site.config().defaultLanguage().code(), all.values().iterator().next());
        out.add(new Views.Alternate("x-default", head.base() + original.path()));
        return out;
    }

    private final Map<String, DataViews> citing = new java.util.concurrent.ConcurrentHashMap<>();

    /** A page beside the explainer; citations lead to the explainer's source list. */
    Map<String, Object> page(LanguageViews v, Page p) {
        Language l = v.language();
        String root = "../".repeat((int) p.path().chars().filter(c -> c == '/').count());
        String explainer = root + l.code() + "/";
        DataViews data = citing.computeIfAbsent(l.code() + " " + explainer, k -> v.data().citingSourcesOn(explainer));
        Map<String, Object> vars = common(v);
        Views.Page page = page(l, head.base() + p.path(), alternates(p), root, null, p.title(), "");
        Map<String, Page> all = versions.get(p.key());
        List<Views.LanguageLink> languages = new ArrayList<>();
        for (Language other : site.config().languages()) {
            Page twin = all.get(other.code());
            languages.add(new Views.LanguageLink(other.code(), other.name(), root + (twin != null ? twin.path()
                    : other.code() + "/"), other == l, twin != null ? twin.title() : site.config().title().get(other.code())));
        }
        vars.put("page", page.withLanguages(languages));
        int offset = p.bodyOffset();
        String html = data.text().html(p.body(), o -> p.file().positionOf(offset + o), "page");
        vars.put("article", new Views.Article(p.title(), v.formats().date(p.date()), p.date().toString(), p.summary(),
                p.tags(), html, data.cites(p.sources())));
        vars.put("explainer", explainer);
        vars.put("siteTitle", site.config().title().get(l.code()));
        return vars;
    }

    /**
     * The article side by side: the original and one translation, block by block. On a
     * translation's page that translation; on the original's page the first translation.
     */
    Map<String, Object> parallel(LanguageViews v) {
        Language l = v.language();
        Language original = site.config().defaultLanguage();
        Language other = l == original ? site.config().languages().get(1) : l;
        List<Views.Block> left = views.get(original.code()).data().article("../", original.code() + "-corrected-");
        List<Views.Block> right = views.get(other.code()).data().article("../", other.code() + "-corrected-");
        List<Views.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            pairs.add(new Views.Pair(left.get(i).id(), left.get(i), right.get(i)));
        }
        Map<String, Object> vars = common(v);
        String url = head.explainerUrl(l) + PARALLEL;
        vars.put("page", page(l, url, head.alternates(PARALLEL, head.explainerUrl(original) + PARALLEL), "../../", null,
                messages.get(l.code(), "parallel.title"), PARALLEL));
        vars.put("pairs", pairs);
        vars.put("left", original);
        vars.put("right", other);
        vars.put("explainer", "../");
        return vars;
    }

    /** Where the list of a language's embeds and their codes lives, under the language. */
    static final String EMBEDS = "embeds/";

    Views.Snippet snippet(Embeds.Embed e, Language l) {
        return new Views.Snippet(e.path().replace('/', '-').replaceAll("-$", ""), e.title(), embeds.snippet(e, l),
                embeds.url(e));
    }

    /** The page listing every embed of a language with its code. */
    Map<String, Object> embedsPage(LanguageViews v) {
        Language l = v.language();
        Map<String, Object> vars = common(v);
        String url = head.explainerUrl(l) + EMBEDS;
        vars.put("page", page(l, url, head.alternates(EMBEDS, head.explainerUrl(site.config().defaultLanguage())
                + EMBEDS), "../../", null, messages.get(l.code(), "embeds.title"), EMBEDS));
        vars.put("snippets", embeds.of(v).stream().map(e -> snippet(e, l)).toList());
        vars.put("explainer", "../");
        return vars;
    }

    /** An embed page: minimal chrome, the reader's language, a way back to the explainer. */
    /** The timeline and figures as embeds show them (citations lead to the explainer), once per language. */
    private record EmbedData(List<Views.Year> timeline, List<Views.Category> categories, List<Views.Figure> figures) {
    }

    private final Map<String, EmbedData> embedData = new java.util.concurrent.ConcurrentHashMap<>();

    private EmbedData embedData(LanguageViews v) {
        return embedData.computeIfAbsent(v.code(), code -> {
            DataViews data = v.data().citingSourcesOn(head.explainerUrl(v.language()));
            return new EmbedData(data.timeline(), data.categories(), data.figures());
        });
    }

    Map<String, Object> embed(LanguageViews v, Embeds.Embed e) {
        Language l = v.language();
        EmbedData data = embedData(v);
        Map<String, Object> vars = common(v);
        String root = "../".repeat((int) e.path().chars().filter(c -> c == '/').count());
        Views.Page page = page(l, e.section(), List.of(), root, null, e.title(), "");
        vars.put("page", page.asEmbed(new Views.OEmbedLink(embeds.oembedUrl(e), e.title()),
                page.root() + assets.url(Embeds.CHILD)));
        vars.put("embed", e);
        vars.put("explainerUrl", e.section());
        vars.put("itemLinks", head.explainerUrl(l) + "#");
        vars.put("siteTitle", site.config().title().get(l.code()));
        switch (e.kind()) {
            case "timeline" -> {
                vars.put("timeline", data.timeline());
                vars.put("categories", data.categories());
            }
            case "category" -> vars.put("timeline", data.timeline().stream()
                    .map(y -> new Views.Year(y.year(), y.events().stream().filter(x -> x.category().equals(e.item()))
                            .toList()))
                    .filter(y -> !y.events().isEmpty()).toList());
            case "event" -> vars.put("timeline", data.timeline().stream()
                    .map(y -> new Views.Year(y.year(), y.events().stream().filter(x -> x.id().equals(e.item())).toList()))
                    .filter(y -> !y.events().isEmpty()).toList());
            case "figures" -> vars.put("figures", data.figures());
            default -> vars.put("figures", data.figures().stream().filter(f -> f.id().equals(e.item())).toList());
        }
        return vars;
    }

    /** The social card of a language, under the output root. */
    static String card(Language l) {
        return "assets/card-" + l.code() + ".png";
    }

    Map<String, Object> chooser() {
        Language first = site.config().defaultLanguage();
        Map<String, Object> vars = common(views.get(first.code()));
        vars.put("page", page(first, head.base(), head.alternates(), "", null, "", ""));
        vars.put("choices", choices(""));
        return vars;
    }

    /** Served for any missing address at any depth: its links start from the site's root path. */
    Map<String, Object> notFound() {
        Language first = site.config().defaultLanguage();
        String root = site.config().baseUrl().getRawPath();
        Map<String, Object> vars = common(views.get(first.code()));
        vars.put("page", page(first, null, List.of(), root, null, "", ""));
        vars.put("choices", choices(root));
        return vars;
    }

    private Map<String, Object> common(LanguageViews v) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("lang", v.code());
        var c = site.config();
        Formats f = v.formats();
        vars.put("meta", new Views.Meta(c.publisher().name(), c.publisher().url(), f.date(c.published()),
                c.published().toString(), f.date(c.updated()), c.updated().toString(),
                !c.updated().equals(c.published())));
        return vars;
    }

    /**
     * @param root the way from the page to the site's root ("../", or the base path for the 404 page)
     * @param subtitle for pages below the explainer, what the page is; empty for the explainer itself
     * @param here the page's path under its language, where the language switch leads ("", "parallel/")
     */
    private Views.Page page(Language l, String canonical, List<Views.Alternate> alternates, String root, String jsonLd,
            String subtitle, String here) {
        List<Views.LanguageLink> languages = new ArrayList<>();
        for (Language other : site.config().languages()) {
            languages.add(new Views.LanguageLink(other.code(), other.name(), root + other.code() + "/" + here,
                    other == l, site.config().title().get(other.code())));
        }
        String title = site.config().title().get(l.code());
        return new Views.Page(l.code(), l.direction(), subtitle.isEmpty() ? title : subtitle + " – " + title,
                site.config().description().get(l.code()), canonical, alternates, root, root + "assets/", languages,
                Head.ogLocale(l), head.ogAlternates(l), jsonLd, root + assets.url(STYLESHEET), root + assets.url(SCRIPT),
                head.base() + card(l), messages.get(l.code(), site.config().cardFigure() == null ? "card.altTitle"
                        : "card.alt", title), canonical == null, List.of(), null);
    }

    private List<Views.LanguageLink> choices(String root) {
        List<Views.LanguageLink> out = new ArrayList<>();
        for (Language l : site.config().languages()) {
            out.add(new Views.LanguageLink(l.code(), l.name(), root + l.code() + "/", false,
                    site.config().title().get(l.code())));
        }
        return out;
    }

    private List<Views.Section> sections(LanguageViews v) {
        Map<String, Section> byId = new LinkedHashMap<>();
        site.sections().forEach(s -> byId.put(s.id(), s));
        List<Views.Section> out = new ArrayList<>();
        for (String id : site.config().sections()) {
            Section s = byId.get(id);
            if (s == null) {
                out.add(new Views.Section(id, id, messages.get(v.code(), "section." + id), "", List.of()));
                continue;
            }
            Section.Text t = s.texts().get(v.code());
            int offset = t.file().text().length() - t.body().length();
            String html = v.text().html(t.body(), o -> t.file().positionOf(offset + o), id);
            out.add(new Views.Section(id, "text", v.text().text(t.title(), t.file().at(2, 1)), html,
                    v.data().cites(t.sources())));
        }
        return out;
    }
}
