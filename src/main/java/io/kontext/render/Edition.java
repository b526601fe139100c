package io.kontext.render;

import io.kontext.layout.Address;
import io.kontext.layout.Layout;
import io.kontext.load.Messages;
import io.kontext.model.Block;
import io.kontext.model.Correction;
import io.kontext.model.Event;
import io.kontext.model.Figure;
import io.kontext.model.Language;
import io.kontext.model.SiteConfig;
import io.kontext.model.Site;
import io.kontext.model.Source;
import io.kontext.model.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.nodes.Entities;

/**
 * The explainer in one language, rendered once per build and shared by every page, embed, feed,
 * download and card of the language: its figures, timeline, corrections, glossary, sources and
 * article as the templates see them. Texts come in the variants their places need: citations
 * leading to the source list on the explainer itself, to the explainer from elsewhere (embeds, the
 * side-by-side page), or left out (feeds, downloads, structured data). Each part is made the first
 * time it is asked for, from any thread, and kept.
 */
final class Edition {

    private final Site site;
    private final Language language;
    private final String lang;
    private final Formats formats;
    private final Messages messages;
    private final Texts texts;
    private final Layout layout;
    private final Texts.Cites fromElsewhere;
    private final Once<VisualViews> visuals;
    private final Once<Views.Axis> axis;

    /** @param visuals makes the edition's visuals: its timeline overview, charts and maps */
    Edition(Site site, Language language, Messages messages, Layout layout,
            java.util.function.Function<Edition, VisualViews> visuals) {
        this.site = site;
        this.language = language;
        this.lang = language.code();
        this.formats = new Formats(language, messages);
        this.messages = messages;
        this.texts = new Texts(site, language, formats, messages);
        this.layout = layout;
        this.fromElsewhere = new Texts.Cites(layout.url(layout.explainer(language)));
        this.visuals = new Once<>(() -> visuals.apply(this));
        this.axis = new Once<>(() -> this.visuals.get().timelineAxis());
    }

    /** The charts and maps of this language, drawn the first time they are asked for. */
    VisualViews visuals() {
        return visuals.get();
    }

    /** The timeline overview, or null for a timeline without events. */
    Views.Axis axis() {
        return axis.get();
    }

    Language language() {
        return language;
    }

    /** Where citations lead from pages other than the explainer: to its address. */
    private Texts.Cites elsewhere() {
        return fromElsewhere;
    }

    String code() {
        return lang;
    }

    Formats formats() {
        return formats;
    }

    Texts texts() {
        return texts;
    }

    // --- the parts, for the explainer (citations lead to its own source list) and for elsewhere

    private final Once<List<Views.Figure>> figures = new Once<>(() -> figures(Texts.Cites.HERE));
    private final Once<List<Views.Figure>> embedFigures = new Once<>(() -> figures(elsewhere()));
    private final Once<List<Views.Year>> timeline = new Once<>(() -> timeline(Texts.Cites.HERE));
    private final Once<List<Views.Year>> embedTimeline = new Once<>(() -> timeline(elsewhere()));
    private final Once<List<Views.Correction>> corrections = new Once<>(this::makeCorrections);
    private final Once<List<Views.Term>> terms = new Once<>(this::makeTerms);
    private final Once<List<Views.Source>> sources = new Once<>(this::makeSources);
    private final Once<List<Views.Block>> article = new Once<>(() -> article(Texts.Cites.HERE, false));
    private final Once<List<Views.Block>> parallelArticle = new Once<>(() -> article(new Texts.Cites("../"), true));
    private final Once<List<Views.Category>> categories = new Once<>(this::makeCategories);

    List<Views.Figure> figures() {
        return figures.get();
    }

    /** The figures as embeds show them: citations lead to the explainer. */
    List<Views.Figure> embedFigures() {
        return embedFigures.get();
    }

    List<Views.Year> timeline() {
        return timeline.get();
    }

    /** The timeline as embeds show it: citations lead to the explainer. */
    List<Views.Year> embedTimeline() {
        return embedTimeline.get();
    }

    List<Views.Category> categories() {
        return categories.get();
    }

    List<Views.Correction> corrections() {
        return corrections.get();
    }

    List<Views.Term> terms() {
        return terms.get();
    }

    List<Views.Source> sources() {
        return sources.get();
    }

    /** The article's blocks, with corrected words marked and the notes after them. */
    List<Views.Block> article() {
        return article.get();
    }

    /**
     * The article for the side-by-side page: citations lead to the explainer, and the marks' ids
     * carry the language, since both languages are on the page.
     */
    List<Views.Block> parallelArticle() {
        return parallelArticle.get();
    }

    /** A correction's words without citations, as plain text: for structured data and downloads. */
    String plain(Correction c) {
        return texts.plain(c.words().get(lang).text());
    }

    /** A correction's words without citations, as HTML: for the feed. */
    String uncitedHtml(Correction c) {
        return texts.html(c.words().get(lang).text(), Texts.Cites.NONE);
    }

    String plain(Event e) {
        return texts.plain(e.words().get(lang).text());
    }

    String plain(Figure f) {
        return texts.plain(f.words().get(lang).note());
    }

    String title(Event e) {
        return texts.text(e.words().get(lang).title());
    }

    String label(Figure f) {
        return texts.text(f.words().get(lang).label());
    }

    String statusLabel(Event e) {
        return messages.get(lang, "status." + e.status().key());
    }

    String categoryLabel(String category) {
        return site.config().categories().stream().filter(c -> c.id().equals(category)).findFirst()
                .map(c -> c.labels().get(lang)).orElse(category);
    }

    String typeLabel(Correction c) {
        return messages.get(lang, "correction.type." + c.type().key());
    }

    /** Numbered links to the sources, leading where {@code cites} says. */
    List<Views.Cite> cites(List<String> ids, Texts.Cites cites) {
        List<Views.Cite> out = new ArrayList<>();
        for (String id : ids) {
            Source s = site.source(id);
            if (s != null) {
                out.add(new Views.Cite(s.number(), s.id(), cites.explainer() + "#" + Layout.sourceAnchor(s.id()),
                        s.publisher() + ": " + s.title()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Views.Cite::number));
        return out;
    }

    /** The visual style of a category (a shape and a colour): its place in the list, from 1, cycling. */
    int style(String category) {
        List<SiteConfig.Category> all = site.config().categories();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(category)) {
                return i % STYLES + 1;
            }
        }
        return 1;
    }

    static final int STYLES = 6;

    private List<Views.Figure> figures(Texts.Cites cites) {
        List<Views.Figure> out = new ArrayList<>();
        for (Figure f : site.figures()) {
            Figure.Words w = f.words().get(lang);
            out.add(new Views.Figure(f.id(), Layout.figureAnchor(f.id()), formats.value(f), w.unit(), label(f),
                    texts.html(w.note(), cites), formats.date(f.asOf()), f.asOf().iso(), cites(f.sources(), cites)));
        }
        return out;
    }

    private List<Views.Category> makeCategories() {
        List<Views.Category> out = new ArrayList<>();
        for (SiteConfig.Category c : site.config().categories()) {
            long n = site.events().stream().filter(e -> e.category().equals(c.id())).count();
            out.add(new Views.Category(c.id(), c.labels().get(lang), style(c.id()), (int) n));
        }
        return out;
    }

    private List<Views.Year> timeline(Texts.Cites cites) {
        Address explainer = layout.explainer(language);
        Map<Integer, List<Views.Event>> years = new LinkedHashMap<>();
        for (Event e : site.events()) {
            Event.Words w = e.words().get(lang);
            boolean later = site.article().published() != null && e.date().start().isAfter(site.article().published());
            List<Views.CorrectionNote> notes = site.corrections().stream().filter(c -> c.events().contains(e.id()))
                    .map(c -> note(c, cites)).toList();
            years.computeIfAbsent(e.date().year(), y -> new ArrayList<>()).add(new Views.Event(e.id(),
                    formats.span(e.date(), e.end()), e.date().iso(), e.category(), categoryLabel(e.category()),
                    style(e.category()), e.status().key(), statusLabel(e), title(e), texts.html(w.text(), cites), later,
                    cites(e.sources(), cites), notes, layout.url(explainer, Layout.eventAnchor(e.id()))));
        }
        List<Views.Year> out = new ArrayList<>();
        years.forEach((y, events) -> out.add(new Views.Year(Integer.toString(y), Layout.yearAnchor(Integer.toString(y)),
                events)));
        return out;
    }

    private Views.CorrectionNote note(Correction c, Texts.Cites cites) {
        return new Views.CorrectionNote(c.id(), c.type().key(), typeLabel(c), formats.date(c.date()),
                c.date().toString(), texts.html(c.words().get(lang).text(), cites),
                cites.explainer() + "#" + Layout.correctionAnchor(c.id()));
    }

    private List<Views.Correction> makeCorrections() {
        List<Views.Correction> out = new ArrayList<>();
        for (Correction c : site.corrections()) {
            Correction.Words w = c.words().get(lang);
            out.add(new Views.Correction(c.id(), Layout.correctionAnchor(c.id()), c.type().key(), typeLabel(c),
                    formats.date(c.date()), c.date().toString(), texts.html(w.text(), Texts.Cites.HERE), c.block(),
                    w.quote(), cites(c.sources(), Texts.Cites.HERE), "#" + Layout.correctedAnchor(c.id())));
        }
        return out;
    }

    private List<Views.Block> article(Texts.Cites cites, boolean bothLanguages) {
        List<Views.Block> out = new ArrayList<>();
        for (Block b : site.article().blocks().get(lang)) {
            String html = Entities.escape(b.text());
            List<Views.CorrectionNote> notes = new ArrayList<>();
            for (Correction c : site.corrections()) {
                if (!c.block().equals(b.id())) {
                    continue;
                }
                String quote = Entities.escape(c.words().get(lang).quote());
                html = html.replaceFirst(java.util.regex.Pattern.quote(quote),
                        java.util.regex.Matcher.quoteReplacement("<mark id=\""
                                + (bothLanguages ? Layout.correctedAnchor(lang, c.id()) : Layout.correctedAnchor(c.id())) + "\">" + quote + "</mark>"));
                notes.add(note(c, cites));
            }
            out.add(new Views.Block(b.id(), Layout.articleAnchor(b.id()), b.kind().name().toLowerCase(java.util.Locale.ROOT),
                    html, notes));
        }
        return out;
    }

    private List<Views.Term> makeTerms() {
        List<Views.Term> out = new ArrayList<>();
        for (Term t : site.terms()) {
            Term.Words w = t.words().get(lang);
            out.add(new Views.Term(t.id(), Layout.termAnchor(t.id()), w.term(), texts.html(w.definition(),
                    Texts.Cites.HERE)));
        }
        return out;
    }

    private List<Views.Source> makeSources() {
        List<Views.Source> out = new ArrayList<>();
        for (Source s : site.sources()) {
            out.add(new Views.Source(s.id(), Layout.sourceAnchor(s.id()), s.number(), s.publisher(), s.title(), s.url(),
                    formats.date(s.date()), s.date().iso(), s.language(), Language.Direction.of(s.language()).key()));
        }
        return out;
    }

    /** A value made the first time it is asked for, once, whichever thread asks. */
    static final class Once<T> implements Supplier<T> {

        private final Supplier<T> make;
        private volatile T value;

        Once(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = make.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
