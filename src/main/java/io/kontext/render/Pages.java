package io.kontext.render;

import io.kontext.layout.Address;
import io.kontext.layout.Layout;
import io.kontext.load.Assets;
import io.kontext.load.Messages;
import io.kontext.model.EmbedKind;
import io.kontext.model.Language;
import io.kontext.model.Page;
import io.kontext.model.Section;
import io.kontext.model.Site;
import io.kontext.model.SiteConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What each template gets, page by page: one view record per template ({@link Views}). */
final class Pages {

    private final Site site;
    private final SiteConfig config;
    private final Messages messages;
    private final Map<String, Edition> editions;
    private final Map<String, List<Embeds.Embed>> embeds;
    private final Layout layout;
    private final Head head;
    private final Assets assets;
    private final Embeds snippets;
    /** The versions of each page by key, then language: the translations a page links to. */
    private final Map<String, Map<String, Page>> versions = new HashMap<>();

    Pages(Site site, Messages messages, Map<String, Edition> editions, Map<String, List<Embeds.Embed>> embeds,
            Layout layout, Assets assets, Embeds snippets) {
        this.site = site;
        this.config = site.config();
        this.messages = messages;
        this.editions = editions;
        this.embeds = embeds;
        this.layout = layout;
        this.head = new Head(site, layout);
        this.assets = assets;
        this.snippets = snippets;
        site.pages().forEach(p -> versions.computeIfAbsent(p.key(), k -> new LinkedHashMap<>()).put(p.lang(), p));
    }

    Views.ExplainerView explainer(Edition v) {
        Language l = v.language();
        Address here = layout.explainer(l);
        List<Embeds.Embed> mine = embeds.get(v.code());
        Embeds.Embed timeline = mine.stream().filter(e -> e.kind() == EmbedKind.TIMELINE).findFirst().orElseThrow();
        Embeds.Embed figures = mine.stream().filter(e -> e.kind() == EmbedKind.FIGURES).findFirst().orElse(null);
        List<Views.OEmbedLink> discovery = new ArrayList<>();
        discovery.add(new Views.OEmbedLink(snippets.oembedUrl(timeline), timeline.title()));
        if (figures != null) {
            discovery.add(new Views.OEmbedLink(snippets.oembedUrl(figures), figures.title()));
        }
        Views.Page page = page(l, here, layout.url(here), head.explainerAlternates(), head.jsonLd(v), "",
                layout::explainer).withOEmbeds(discovery);
        return new Views.ExplainerView(v.code(), meta(v), page, links(l, here), sections(v), v.figures(),
                v.timeline(), v.axis(), v.categories(), v.article(), l.is(config.original()),
                config.translations().isEmpty() ? null : Layout.nearest(here, layout.parallel(l)), pendingBlocks(l), config.original().code(),
                config.original().direction().key(), languageName(config.original(), l), v.corrections(),
                v.terms(), v.sources(), pageList(l), snippet(timeline), figures == null ? null : snippet(figures),
                Layout.nearest(here, layout.embedsPage(l)), Layout.nearest(here, layout.feed(l)));
    }

    /**
     * The name of a language as another one writes it, lower- or upper-case as it is written mid-sentence
     * ("Swedish", "svenska", "Schwedisch", "السويدية"): from the locale data, so any language has one.
     */
    static String languageName(Language named, Language in) {
        String name = named.locale().getDisplayLanguage(in.locale());
        return name.isEmpty() ? named.name() : name;
    }

    /**
     * The site's languages named in a list as {@code in} writes it: "Swedish or English", "svenska,
     * engelska eller tyska". The last two are joined by the bundle's {@code list.or} ("{0} or {1}")
     * where it has one, by a slash where it has not (bundles written before the key was).
     */
    private String languageNames(Language in) {
        List<String> names = config.languages().stream().map(x -> languageName(x, in)).toList();
        if (names.size() < 2) {
            return names.isEmpty() ? "" : names.get(0);
        }
        String head = String.join(", ", names.subList(0, names.size() - 1));
        String last = names.get(names.size() - 1);
        return messages.has(in.code(), "list.or") ? messages.get(in.code(), "list.or", head, last) : head + " / " + last;
    }

    /** The pages of a language for the explainer's list: newest first, linked relative to the explainer. */
    private List<Views.PageLink> pageList(Language l) {
        Formats f = editions.get(l.code()).formats();
        Address explainer = layout.explainer(l);
        return site.pages().stream().filter(p -> p.lang().equals(l.code()))
                .sorted(Comparator.comparing(Page::date).reversed().thenComparing(Page::key))
                .map(p -> new Views.PageLink(Layout.nearest(explainer, new Address(p.path())), p.title(), f.date(p.date()),
                        p.date().toString(), p.summary()))
                .toList();
    }

    /** The hreflang set of a page: each version, and the original language's (or the first) as x-default. */
    List<Views.Alternate> alternates(Page p) {
        Map<String, Page> all = versions.get(p.key());
        List<Views.Alternate> out = new ArrayList<>();
        if (all.size() < 2) {
            return out;
        }
        for (Language l : config.languages()) {
            Page v = all.get(l.code());
            if (v != null) {
                out.add(new Views.Alternate(l.code(), layout.url(new Address(v.path()))));
            }
        }
        Page original = all.getOrDefault(config.original().code(), all.values().iterator().next());
        out.add(new Views.Alternate("x-default", layout.url(new Address(original.path()))));
        return out;
    }

    /** A page beside the explainer; citations lead to the explainer's source list. */
    Views.PageView page(Edition v, Page p) {
        Language l = v.language();
        Address here = new Address(p.path());
        String explainer = Layout.relative(here, layout.explainer(l));
        Views.Page page = page(l, here, layout.url(here), alternates(p), null, p.title(), null);
        Map<String, Page> all = versions.get(p.key());
        List<Views.LanguageLink> languages = new ArrayList<>();
        for (Language other : config.languages().size() < 2 ? List.<Language>of() : config.languages()) {
            Page twin = all.get(other.code());
            languages.add(new Views.LanguageLink(other.code(), other.direction().key(), other.name(), twin != null
                    ? Layout.relative(here, new Address(twin.path())) : Layout.relative(here, layout.explainer(other)),
                    other.is(l), twin != null ? twin.title() : config.title().get(other.code())));
        }
        Texts.Cites cites = new Texts.Cites(explainer);
        String html = v.texts().html(p.body(), cites);
        return new Views.PageView(v.code(), meta(v), page.withLanguages(languages), links(l, here),
                new Views.Article(p.title(), v.formats().date(p.date()), p.date().toString(), p.summary(), p.tags(), html,
                        v.cites(p.sources(), cites)), explainer, config.title().get(l.code()));
    }

    /**
     * The article side by side: the original and one translation, block by block. On a
     * translation's page that translation; on the original's page the first translation.
     */
    Views.ParallelView parallel(Edition v) {
        Language l = v.language();
        Language original = config.original();
        Language other = l.is(original) ? config.translations().get(0) : l;
        List<Views.Block> left = editions.get(original.code()).parallelArticle();
        List<Views.Block> right = editions.get(other.code()).parallelArticle();
        List<Views.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            pairs.add(new Views.Pair(left.get(i).id(), left.get(i), right.get(i)));
        }
        Address here = layout.parallel(l);
        Views.Page page = page(l, here, layout.url(here), head.alternates(layout::parallel, layout.parallel(original)),
                null, messages.get(l.code(), "parallel.title"), layout::parallel);
        return new Views.ParallelView(v.code(), meta(v), page, links(l, here), pairs, original, other,
                Layout.nearest(here, layout.explainer(l)));
    }

    Views.Snippet snippet(Embeds.Embed e) {
        return new Views.Snippet(e.address().path().replace('/', '-').replaceAll("-$", ""), e.title(),
                snippets.snippet(e, editions.get(e.address().path().split("/")[1]).language()), snippets.url(e));
    }

    /** The page listing every embed of a language with its code. */
    Views.EmbedsView embedsPage(Edition v) {
        Language l = v.language();
        Address here = layout.embedsPage(l);
        Views.Page page = page(l, here, layout.url(here), head.alternates(layout::embedsPage,
                layout.embedsPage(config.original())), null, messages.get(l.code(), "embeds.title"), layout::embedsPage);
        return new Views.EmbedsView(v.code(), meta(v), page, links(l, here),
                embeds.get(v.code()).stream().map(this::snippet).toList(), Layout.nearest(here, layout.explainer(l)),
                languageNames(l));
    }

    /** An embed page: minimal chrome, the reader's language, a way back to the explainer. */
    Views.EmbedView embed(Edition v, Embeds.Embed e) {
        Language l = v.language();
        Address here = e.address();
        Views.Page page = page(l, here, e.section(), List.of(), null, e.title(), null);
        page = page.asEmbed(new Views.OEmbedLink(snippets.oembedUrl(e), e.title()),
                Layout.relative(here, new Address(assets.path(Assets.EMBED_SCRIPT))));
        List<Views.Year> timeline = null;
        List<Views.Category> categories = null;
        List<Views.Figure> figures = null;
        switch (e.kind()) {
            case TIMELINE -> {
                timeline = v.embedTimeline();
                categories = v.categories();
            }
            case CATEGORY -> timeline = v.embedTimeline().stream()
                    .map(y -> new Views.Year(y.year(), y.anchor(), y.events().stream()
                            .filter(x -> x.category().equals(e.item())).toList()))
                    .filter(y -> !y.events().isEmpty()).toList();
            case EVENT -> timeline = v.embedTimeline().stream()
                    .map(y -> new Views.Year(y.year(), y.anchor(), y.events().stream()
                            .filter(x -> x.id().equals(e.item())).toList()))
                    .filter(y -> !y.events().isEmpty()).toList();
            case FIGURES -> figures = v.embedFigures();
            case FIGURE -> figures = v.embedFigures().stream().filter(f -> f.id().equals(e.item())).toList();
        }
        return new Views.EmbedView(v.code(), meta(v), page, links(l, here), new Views.EmbedInfo(e.kind().key(),
                e.item(), e.title(), e.kind().single()), e.section(), config.title().get(l.code()), timeline,
                categories, figures);
    }

    Views.ChooserView chooser() {
        Edition first = editions.get(config.original().code());
        Address here = layout.chooser();
        return new Views.ChooserView(first.code(), meta(first), page(first.language(), here, layout.url(here),
                head.explainerAlternates(), null, "", null), links(first.language(), here), choices(""));
    }

    /** Served for any missing address at any depth: its links start from the site's root path. */
    Views.ChooserView notFound() {
        Edition first = editions.get(config.original().code());
        String root = layout.basePath();
        Views.Page page = page(first.language(), layout.notFound(), null, List.of(), null, "", null);
        return new Views.ChooserView(first.code(), meta(first), page, new Views.Links(root
                + layout.feed(first.language()).path(), root + layout.sitemap().path(), null, null, null), choices(root));
    }

    private Views.Meta meta(Edition v) {
        Formats f = v.formats();
        return new Views.Meta(config.publisher().name(), config.publisher().url(), f.date(config.published()),
                config.published().toString(), f.date(config.updated()), config.updated().toString(),
                !config.updated().equals(config.published()));
    }

    /** The page's ways to its language's feed, the sitemap and the data downloads. */
    private Views.Links links(Language l, Address here) {
        return new Views.Links(Layout.relative(here, layout.feed(l)), Layout.relative(here, layout.sitemap()),
                data(l, here, "timeline"), data(l, here, "figures"), data(l, here, "sources"));
    }

    private Views.DataLinks data(Language l, Address here, String kind) {
        return new Views.DataLinks(Layout.relative(here, layout.data(l, kind, "csv")),
                Layout.relative(here, layout.data(l, kind, "json")), Layout.relative(here, layout.schema(kind)));
    }

    /**
     * @param canonical the page's canonical address; null for the 404 page, which has none
     * @param subtitle for pages below the explainer, what the page is; empty for the explainer itself
     * @param twin the same page in another language, where the language switch leads; null for the explainer
     */
    private Views.Page page(Language l, Address here, String canonical, List<Views.Alternate> alternates, String jsonLd,
            String subtitle, java.util.function.Function<Language, Address> twin) {
        List<Views.LanguageLink> languages = new ArrayList<>();
        // the 404 page is served at any depth: its links start from the site's root path
        boolean anywhere = here.equals(layout.notFound());
        // a site of one language has no language switch
        for (Language other : config.languages().size() < 2 ? List.<Language>of() : config.languages()) {
            Address target = twin == null ? layout.explainer(other) : twin.apply(other);
            languages.add(new Views.LanguageLink(other.code(), other.direction().key(), other.name(), anywhere ? layout.basePath() + target.path()
                    : Layout.relative(here, target), other.is(l), config.title().get(other.code())));
        }
        String title = config.title().get(l.code());
        String root = anywhere ? layout.basePath() : Layout.root(here);
        return new Views.Page(l.code(), l.direction().key(), subtitle.isEmpty() ? title : subtitle + " – " + title,
                config.description().get(l.code()), canonical, alternates, languages, Head.ogLocale(l),
                head.ogAlternates(l), jsonLd, root + assets.path(Assets.STYLESHEET), root + assets.path(Assets.SCRIPT),
                layout.url(layout.card(l)), messages.get(l.code(), config.cardFigure() == null ? "card.altTitle"
                        : "card.alt", title), canonical == null, List.of(), null);
    }

    private List<Views.LanguageLink> choices(String root) {
        List<Views.LanguageLink> out = new ArrayList<>();
        for (Language l : config.languages()) {
            out.add(new Views.LanguageLink(l.code(), l.direction().key(), l.name(), root + layout.explainer(l).path(), false,
                    config.title().get(l.code())));
        }
        return out;
    }

    private List<Views.Section> sections(Edition v) {
        Map<String, Section> byId = new LinkedHashMap<>();
        site.sections().forEach(s -> byId.put(s.id(), s));
        List<Views.Section> out = new ArrayList<>();
        for (String id : config.sections()) {
            Section s = byId.get(id);
            if (s == null) {
                out.add(new Views.Section(id, id, messages.get(v.code(), "section." + id), "", List.of()));
                continue;
            }
            Section.Text t = s.texts().get(v.code());
            out.add(new Views.Section(id, "text", v.texts().text(t.title()), v.texts().html(t.body(), Texts.Cites.HERE),
                    v.cites(t.sources(), Texts.Cites.HERE)));
        }
        return out;
    }

    /** The blocks of a translation still pending: the original's own block stands in for each. */
    private Set<String> pendingBlocks(Language l) {
        Map<String, io.kontext.model.Block> original = new LinkedHashMap<>();
        site.article().blocks().get(site.article().originalLanguage()).forEach(b -> original.put(b.id(), b));
        Set<String> out = new LinkedHashSet<>();
        if (!l.code().equals(site.article().originalLanguage())) {
            site.article().blocks().getOrDefault(l.code(), List.of()).stream()
                    .filter(b -> b.equals(original.get(b.id()))).forEach(b -> out.add(b.id()));
        }
        return out;
    }
}
