package io.kontext.render;

import io.kontext.diag.Position;
import io.kontext.model.Block;
import io.kontext.model.Correction;
import io.kontext.model.Event;
import io.kontext.model.Figure;
import io.kontext.model.Language;
import io.kontext.model.Site;
import io.kontext.model.SiteConfig;
import io.kontext.model.Source;
import io.kontext.model.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;

/** Builds the template views of the site's data in one language. */
final class DataViews {

    private final Site site;
    private final Language language;
    private final String lang;
    private final Formats formats;
    private final Messages messages;
    private final TextRenderer text;

    /** Where citations lead: "" for the explainer page itself, its address from elsewhere. */
    private final String sourcesPage;

    DataViews(Site site, Language language, Formats formats, Messages messages, TextRenderer text) {
        this(site, language, formats, messages, text, "");
    }

    private DataViews(Site site, Language language, Formats formats, Messages messages, TextRenderer text,
            String sourcesPage) {
        this.sourcesPage = sourcesPage;
        this.site = site;
        this.language = language;
        this.lang = language.code();
        this.formats = formats;
        this.messages = messages;
        this.text = text;
    }

    /** The same views for a page elsewhere (an embed): citations lead to the explainer at {@code explainer}. */
    /** The renderer of this language's words, citing where these views cite. */
    TextRenderer text() {
        return text;
    }

    DataViews citingSourcesOn(String explainer) {
        return new DataViews(site, language, formats, messages, text.citingSourcesOn(explainer), explainer);
    }

    List<Views.Cite> cites(List<String> ids) {
        List<Views.Cite> out = new ArrayList<>();
        for (String id : ids) {
            Source s = site.source(id);
            if (s != null) {
                out.add(new Views.Cite(s.number(), s.id(), sourcesPage + "#source-" + s.id(), s.publisher() + ": " + s.title()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Views.Cite::number));
        return out;
    }

    List<Views.Figure> figures() {
        List<Views.Figure> out = new ArrayList<>();
        for (Figure f : site.figures()) {
            Figure.Words w = f.words().get(lang);
            out.add(new Views.Figure(f.id(), formats.value(f), w.unit(), text.text(w.label(), w.position()),
                    text.inlineHtml(w.note(), o -> w.position()), formats.date(f.asOf()), f.asOf().iso(),
                    cites(f.sources())));
        }
        return out;
    }

    List<Views.Category> categories() {
        List<Views.Category> out = new ArrayList<>();
        for (SiteConfig.Category c : site.config().categories()) {
            long n = site.events().stream().filter(e -> e.category().equals(c.id())).count();
            out.add(new Views.Category(c.id(), c.labels().get(lang), style(c.id()), (int) n));
        }
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

    private String categoryLabel(String category) {
        return site.config().categories().stream().filter(c -> c.id().equals(category)).findFirst()
                .map(c -> c.labels().get(lang)).orElse(category);
    }

    List<Views.Year> timeline() {
        Map<Integer, List<Views.Event>> years = new LinkedHashMap<>();
        for (Event e : site.events()) {
            Event.Words w = e.words().get(lang);
            boolean later = site.article().published() != null && e.date().start().isAfter(site.article().published());
            List<Views.CorrectionNote> notes = site.corrections().stream().filter(c -> c.events().contains(e.id()))
                    .map(this::note).toList();
            years.computeIfAbsent(e.date().year(), y -> new ArrayList<>()).add(new Views.Event(e.id(),
                    formats.span(e.date(), e.end()), e.date().iso(), e.category(),
                    categoryLabel(e.category()), style(e.category()), e.status(), messages.get(lang, "status." + e.status()),
                    text.text(w.title(), w.titlePosition()), text.html(w.text(), o -> w.textPosition(), e.id()), later,
                    cites(e.sources()), notes));
        }
        List<Views.Year> out = new ArrayList<>();
        years.forEach((y, events) -> out.add(new Views.Year(Integer.toString(y), events)));
        return out;
    }

    Views.CorrectionNote note(Correction c) {
        return note(c, text);
    }

    private Views.CorrectionNote note(Correction c, TextRenderer renderer) {
        Correction.Words w = c.words().get(lang);
        return new Views.CorrectionNote(c.id(), c.type(), messages.get(lang, "correction.type." + c.type()),
                formats.date(c.date()), c.date().toString(), renderer.inlineHtml(w.text(), o -> w.textPosition()));
    }

    List<Views.Correction> corrections() {
        List<Views.Correction> out = new ArrayList<>();
        for (Correction c : site.corrections()) {
            Correction.Words w = c.words().get(lang);
            out.add(new Views.Correction(c.id(), c.type(), messages.get(lang, "correction.type." + c.type()),
                    formats.date(c.date()), c.date().toString(), text.inlineHtml(w.text(), o -> w.textPosition()),
                    c.block(), w.quote(), cites(c.sources())));
        }
        return out;
    }

    /** The article's blocks in this language, with corrected words marked and the notes after them. */
    List<Views.Block> article() {
        return article(text, "corrected-");
    }

    /**
     * The article for another page (the side-by-side reading): citations lead to the explainer at
     * {@code explainer}, and the ids of marked words start with {@code markPrefix}.
     */
    List<Views.Block> article(String explainer, String markPrefix) {
        return article(text.citingSourcesOn(explainer), markPrefix);
    }

    private List<Views.Block> article(TextRenderer renderer, String markPrefix) {
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
                        java.util.regex.Matcher.quoteReplacement("<mark id=\"" + markPrefix + c.id() + "\">" + quote
                                + "</mark>"));
                notes.add(note(c, renderer));
            }
            out.add(new Views.Block(b.id(), b.kind().name().toLowerCase(java.util.Locale.ROOT), html, notes));
        }
        return out;
    }

    List<Views.Term> terms() {
        List<Views.Term> out = new ArrayList<>();
        for (Term t : site.terms()) {
            Term.Words w = t.words().get(lang);
            out.add(new Views.Term(t.id(), w.term(), text.inlineHtml(w.definition(), o -> w.position())));
        }
        return out;
    }

    List<Views.Source> sources() {
        List<Views.Source> out = new ArrayList<>();
        for (Source s : site.sources()) {
            out.add(new Views.Source(s.id(), s.number(), s.publisher(), s.title(), s.url(), formats.date(s.date()),
                    s.date().iso(), s.language()));
        }
        return out;
    }

    Position origin() {
        return site.config().position();
    }

    Language language() {
        return language;
    }
}
