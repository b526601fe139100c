package io.kontext.render;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.load.Shortcodes;
import io.kontext.model.Event;
import io.kontext.model.Figure;
import io.kontext.model.Language;
import io.kontext.model.PartialDate;
import io.kontext.model.Site;
import io.kontext.model.Source;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;

/**
 * Renders the words of one language: Markdown to HTML, and the placeholders that pull facts from
 * the data ({@code {{figure:...}}}, {@code {{event:...}}}, {@code {{date:...}}},
 * {@code {{cite:...}}}) into their formatted text. Ids of headings in text are made unique with a
 * prefix (the section's id).
 */
final class TextRenderer {

    private final Site site;
    private final Language language;
    private final Formats formats;
    private final Messages messages;
    private final Markdown markdown;
    private final Diagnostics diagnostics;
    private final Map<String, Figure> figures;
    private final Map<String, Event> events;
    private final Map<String, Source> sources;
    private java.util.function.BiFunction<String, String, String> blocks = (kind, id) -> "";
    private final String citesOn;

    /** Where the HTML of block placeholders ({@code {{chart:id}}}, {@code {{map:id}}}) comes from. */
    void blocks(java.util.function.BiFunction<String, String, String> resolver) {
        this.blocks = resolver;
    }

    private static final java.util.regex.Pattern BLOCK = java.util.regex.Pattern.compile(
            "<p>\\s*\\{\\{\\s*(chart|map)\\s*:\\s*([^{}]*?)\\s*}}\\s*</p>");

    TextRenderer(Site site, Language language, Formats formats, Messages messages, Markdown markdown,
            Diagnostics diagnostics) {
        this(site, language, formats, messages, markdown, diagnostics, "");
    }

    private TextRenderer(Site site, Language language, Formats formats, Messages messages, Markdown markdown,
            Diagnostics diagnostics, String citesOn) {
        this.citesOn = citesOn;
        this.site = site;
        this.language = language;
        this.formats = formats;
        this.messages = messages;
        this.markdown = markdown;
        this.diagnostics = diagnostics;
        this.figures = site.figures().stream().collect(Collectors.toMap(Figure::id, Function.identity()));
        this.events = site.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
        this.sources = site.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    /**
     * The same renderer for a page other than the explainer: citations link to the source list on
     * the explainer page at {@code explainer} (a relative address such as "../").
     */
    TextRenderer citingSourcesOn(String explainer) {
        TextRenderer copy = new TextRenderer(site, language, formats, messages, markdown, diagnostics, explainer);
        copy.blocks = blocks;
        return copy;
    }

    /** Markdown to HTML, with placeholders filled and heading ids prefixed with {@code idPrefix}. */
    String html(String text, IntFunction<Position> at, String idPrefix) {
        try {
            return htmlOf(text, at, idPrefix);
        } catch (StackOverflowError e) {
            // pathological input (thousands of nested quotes or emphasis markers): the parser's
            // recursion gives up; the text is reported, the build goes on to find the rest
            diagnostics.error(at.apply(0), "markdown-depth", "this text is nested too deeply to render",
                    "Markdown quotes, lists and emphasis nest only a few levels in real writing; look for runaway"
                            + " '>' or '*' characters");
            return "";
        }
    }

    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
            "<h([1-6])>(.*?)</h\\1>", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");
    private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile(
            " " + Markdown.SOURCE_OFFSET + "=\"(\\d+)\"");

    /**
     * Works on flexmark's output as text: it is well formed and Kontext's own (raw HTML never passes),
     * so headings and link attributes are found by pattern, without parsing the HTML again.
     */
    private String htmlOf(String text, IntFunction<Position> at, String idPrefix) {
        String html = expand(markdown.render(text, at, diagnostics), true);
        if (html.contains("<h")) {
            Set<String> used = new HashSet<>();
            html = HEADING.matcher(html).replaceAll(m -> {
                // the heading's text: its markup dropped, its entities decoded
                String base = idPrefix + "-" + slug(org.jsoup.parser.Parser.unescapeEntities(
                        TAG.matcher(m.group(2)).replaceAll(""), false));
                String id = base;
                for (int n = 2; !used.add(id); n++) {
                    id = base + "-" + n;
                }
                return java.util.regex.Matcher.quoteReplacement("<h" + m.group(1) + " id=\"" + id + "\">" + m.group(2)
                        + "</h" + m.group(1) + ">");
            });
        }
        if (html.contains(Markdown.SOURCE_OFFSET)) {
            html = OFFSET.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(" " + SOURCE_POSITION
                    + "=\"" + Entities.escape(at.apply(Integer.parseInt(m.group(1))).toString()) + "\""));
        }
        String body = html;
        if (!body.contains("{{")) {
            return body;
        }
        java.util.regex.Matcher m = BLOCK.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(blocks.apply(m.group(1), m.group(2))));
        }
        m.appendTail(out);
        for (Shortcodes.Found f : Shortcodes.find(out.toString())) {
            if (Shortcodes.BLOCK_KINDS.contains(f.kind())) {
                diagnostics.error(at.apply(0), "shortcode", "{{" + f.kind() + ":" + f.argument()
                        + "}} must be a paragraph of its own", "put it on a line of its own, with empty lines around it");
            }
        }
        return out.toString();
    }

    /**
     * The attribute carrying the Markdown position of a link, for the link checker's messages; the
     * checker removes it before the page is written.
     */
    static final String SOURCE_POSITION = OutputFile.SOURCE_ATTRIBUTE;

    /** Like {@link #html} for a short text: a single paragraph loses its {@code <p>}. */
    String inlineHtml(String text, IntFunction<Position> at) {
        String html = html(text, at, "x").strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    /** A plain text (a title, a label) with placeholders filled; citations are not allowed here. */
    String text(String text, Position at) {
        return expandPlain(text, at);
    }

    private String expandPlain(String text, Position at) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Shortcodes.Found f : Shortcodes.find(text)) {
            out.append(text, last, f.start());
            if (f.kind().equals("cite")) {
                diagnostics.error(at, "shortcode", "{{cite:...}} is not allowed in a title or label",
                        "cite in the text or the 'sources' list instead");
            } else {
                out.append(fill(f));
            }
            last = f.end();
        }
        return out.append(text.substring(last)).toString();
    }

    private String expand(String html, boolean allowCite) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Shortcodes.Found f : Shortcodes.find(html)) {
            out.append(html, last, f.start());
            if (f.kind().equals("cite") && allowCite) {
                out.append(citations(f));
            } else if (Shortcodes.BLOCK_KINDS.contains(f.kind())) {
                out.append(html, f.start(), f.end());
            } else {
                out.append(Entities.escape(fill(f)));
            }
            last = f.end();
        }
        return out.append(html.substring(last)).toString();
    }

    /** The text a placeholder stands for; ids were checked when the site was loaded. */
    private String fill(Shortcodes.Found f) {
        return switch (f.kind()) {
            case "figure" -> figures.containsKey(f.argument()) ? formats.valueWithUnit(figures.get(f.argument())) : "";
            case "event" -> {
                Event e = events.get(f.argument());
                yield e == null ? "" : formats.span(e.date(), e.end());
            }
            case "date" -> PartialDate.parse(f.argument()).map(formats::date).orElse("");
            default -> "";
        };
    }

    private String citations(Shortcodes.Found f) {
        String label = Entities.escape(messages.get(language.code(), "cite.label"));
        String links = f.arguments().stream().map(sources::get).filter(s -> s != null)
                .map(s -> "<a href=\"" + citesOn + "#source-" + s.id() + "\"><span class=\"vh\">" + label + " </span>" + s.number()
                        + "</a>")
                .collect(Collectors.joining(", "));
        return "<sup class=\"cite\">[" + links + "]</sup>";
    }

    /** A readable, ASCII id from a heading: "Vad är MSMT?" becomes "vad-ar-msmt". */
    static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String s = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "section" : s;
    }
}
