package io.kontext.render;

import java.util.List;
import java.util.Set;

/**
 * What templates see: plain records with everything already formatted for the page's language and
 * every address and anchor worked out ({@link io.kontext.layout.Layout}), so that a template never
 * builds one. Fields ending in {@code Html} hold HTML made by Kontext (safe to insert with
 * {@code th:utext}); every other field is text and must be inserted with {@code th:text}. Each
 * template gets one record, whose components are its variables.
 */
public final class Views {

    private Views() {
    }

    // --- one record per template: its components are the template's variables

    /** {@code explainer.html}: the explainer page of one language. */
    public record ExplainerView(String lang, Meta meta, Page page, Links links, List<Section> sections,
            List<Figure> figures, List<Year> timeline, Axis timelineAxis, List<Category> categories, List<Block> article,
            boolean articleIsOriginal, String parallel, Set<String> pendingBlocks, String originalLang, String originalDir,
            String originalName,
            List<Correction> corrections, List<Term> terms, List<Source> sources, List<PageLink> pages,
            Snippet timelineSnippet, Snippet figuresSnippet, String embedsPage, String feed) {
    }

    /** {@code parallel.html}: the article side by side with a translation. */
    public record ParallelView(String lang, Meta meta, Page page, Links links, List<Pair> pairs,
            io.kontext.model.Language left, io.kontext.model.Language right, String explainer) {
    }

    /** {@code embeds.html}: every embed of a language with its code. */
    public record EmbedsView(String lang, Meta meta, Page page, Links links, List<Snippet> snippets,
            String explainer, String languages) {
    }

    /**
     * {@code embed.html}: one embed.
     *
     * @param explainerUrl the explainer section the embed comes from
     */
    public record EmbedView(String lang, Meta meta, Page page, Links links, EmbedInfo embed, String explainerUrl,
            String siteTitle, List<Year> timeline, List<Category> categories, List<Figure> figures) {
    }

    /** {@code page.html}: a page beside the explainer. */
    public record PageView(String lang, Meta meta, Page page, Links links, Article article, String explainer,
            String siteTitle) {
    }

    /** {@code chooser.html} (the language chooser at the root) and {@code 404.html}. */
    public record ChooserView(String lang, Meta meta, Page page, Links links, List<LanguageLink> choices) {
    }

    /** A fragment of {@code parts/visuals.html}: one chart or one map. */
    public record VisualView(String lang, Chart chart, Map map) {
    }

    // --- the parts

    /** The page itself: its language, addresses and head metadata. */
    public record Page(String lang, String dir, String title, String description, String canonical,
            List<Alternate> alternates, List<LanguageLink> languages, String ogLocale,
            List<String> ogAlternateLocales, String jsonLd, String stylesheet, String script, String image,
            String imageAlt, boolean noindex, List<OEmbedLink> oembeds, String embedScript) {

        /** The page as an embed: not indexed, its oEmbed link, and the script that reports its height. */
        public Page asEmbed(OEmbedLink oembed, String childScript) {
            return new Page(lang, dir, title, description, canonical, alternates, languages, ogLocale,
                    ogAlternateLocales, null, stylesheet, script, image, imageAlt, true, List.of(oembed), childScript);
        }

        public Page withLanguages(List<LanguageLink> links) {
            return new Page(lang, dir, title, description, canonical, alternates, links, ogLocale,
                    ogAlternateLocales, jsonLd, stylesheet, script, image, imageAlt, noindex, oembeds, embedScript);
        }

        public Page withOEmbeds(List<OEmbedLink> links) {
            return new Page(lang, dir, title, description, canonical, alternates, languages, ogLocale,
                    ogAlternateLocales, jsonLd, stylesheet, script, image, imageAlt, noindex, links, embedScript);
        }
    }

    /**
     * The page's ways to the site's other files, relative to it: the feed of its language, the
     * sitemap, and the data downloads.
     */
    public record Links(String feed, String sitemap, DataLinks timeline, DataLinks figures, DataLinks sources) {
    }

    /** One kind of data as CSV and JSON, and the JSON's schema. */
    public record DataLinks(String csv, String json, String schema) {
    }

    /** What an embed page shows: its kind ("timeline", "category", "event", "figures", "figure"). */
    public record EmbedInfo(String kind, String item, String title, boolean single) {
    }

    /** An oEmbed discovery link. */
    public record OEmbedLink(String href, String title) {
    }

    /** An embed's copy-paste code, with its title and the address of the embed page. */
    public record Snippet(String id, String title, String code, String url) {
    }

    public record Alternate(String hreflang, String href) {
    }

    /**
     * A link to the same page in another language; {@code current} for the page's own. {@code dir}
     * is that language's writing direction, for the link's text.
     */
    public record LanguageLink(String code, String dir, String name, String href, boolean current, String title) {
    }

    public record Meta(String publisher, String publisherUrl, String published, String publishedIso, String updated,
            String updatedIso, boolean wasUpdated) {
    }

    /** A section of the explainer page in order; {@code kind} is {@code text} or a built-in name. */
    public record Section(String id, String kind, String title, String html, List<Cite> sources) {
    }

    public record Cite(int number, String id, String href, String label) {
    }

    public record Figure(String id, String anchor, String value, String unit, String label, String noteHtml,
            String asOf, String asOfIso, List<Cite> sources) {
    }

    public record Year(String year, String anchor, List<Event> events) {
    }

    /**
     * @param style the category's visual style, 1 to 6
     * @param link the event in the explainer, by its absolute address
     */
    public record Event(String id, String date, String datetime, String category, String categoryLabel, int style,
            String status, String statusLabel, String title, String html, boolean later, List<Cite> sources,
            List<CorrectionNote> corrections, String link) {
    }

    public record Category(String id, String label, int style, int count) {
    }

    public record Block(String id, String anchor, String kind, String html, List<CorrectionNote> corrections) {
    }

    /** One block of the article in the original and in a translation, for the side-by-side page. */
    public record Pair(String id, Block left, Block right) {
    }

    /** A correction as shown where it applies; {@code list} leads to it in the corrections list. */
    public record CorrectionNote(String id, String type, String typeLabel, String date, String dateIso, String html,
            String list) {
    }

    /** @param marked leads to the corrected words, marked in the article */
    public record Correction(String id, String anchor, String type, String typeLabel, String date, String dateIso,
            String html, String blockId, String quote, List<Cite> sources, String marked) {
    }

    public record Term(String id, String anchor, String term, String html) {
    }

    /** The timeline overview: the SVG (made by Kontext, hidden from assistive technology) and its caption. */
    public record Axis(String svgHtml, String title, String description) {
    }

    /** A chart: the SVG (made by Kontext) and the same numbers as table rows. */
    public record Chart(String id, String title, String description, String unit, String svgHtml, List<Row> rows,
            List<Cite> sources) {
    }

    public record Row(String label, String value) {
    }

    /** A locator map: the SVG (made by Kontext) and its credit line. */
    public record Map(String id, String title, String description, String credit, String svgHtml,
            String narrowSvgHtml, List<Cite> sources) {
    }

    public record Source(String id, String anchor, int number, String publisher, String title, String url, String date,
            String dateIso, String language, String languageDir) {
    }

    /** A page beside the explainer, as the explainer's list shows it; {@code href} is relative to the list. */
    public record PageLink(String href, String title, String date, String dateIso, String summary) {
    }

    /** A page beside the explainer, as its own page shows it. */
    public record Article(String title, String date, String dateIso, String summary, List<String> tags, String html,
            List<Cite> sources) {
    }
}
