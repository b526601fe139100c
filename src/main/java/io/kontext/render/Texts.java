package io.kontext.render;

import io.kontext.layout.Layout;
import io.kontext.load.MarkdownConverter;
import io.kontext.load.Messages;
import io.kontext.load.Shortcodes;
import io.kontext.model.Event;
import io.kontext.model.Figure;
import io.kontext.model.Language;
import io.kontext.model.PartialDate;
import io.kontext.model.RichText;
import io.kontext.model.Site;
import io.kontext.model.Source;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;

/**
 * Fills the placeholders of one language's texts, converted when they were loaded: facts from the
 * data ({@code {{figure:…}}}, {@code {{event:…}}}, {@code {{date:…}}}) as the language writes
 * them, citations ({@code {{cite:…}}}) as numbered links to the source list, and charts and maps
 * ({@code {{chart:…}}}, {@code {{map:…}}}) as their figures. Every id was checked when the site was
 * loaded.
 */
final class Texts {

    /**
     * Where the citations of a text lead: the source list of the explainer, seen from the page the
     * text is on ({@code ""} on the explainer itself, {@code "../"} from a page below it, the
     * explainer's address from an embed), or nowhere ({@link #NONE}: the text without them).
     */
    record Cites(String explainer) {
        static final Cites HERE = new Cites("");
        static final Cites NONE = new Cites(null);
    }

    private final Language language;
    private final Formats formats;
    private final Messages messages;
    private final Map<String, Figure> figures;
    private final Map<String, Event> events;
    private final Map<String, Source> sources;
    private BiFunction<String, String, String> blocks = (kind, id) -> "";

    Texts(Site site, Language language, Formats formats, Messages messages) {
        this.language = language;
        this.formats = formats;
        this.messages = messages;
        this.figures = site.figures().stream().collect(Collectors.toMap(Figure::id, Function.identity()));
        this.events = site.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
        this.sources = site.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    /** Where the HTML of block placeholders ({@code {{chart:id}}}, {@code {{map:id}}}) comes from. */
    void blocks(BiFunction<String, String, String> resolver) {
        this.blocks = resolver;
    }

    /** The text as HTML, its citations leading where {@code cites} says. */
    String html(RichText text, Cites cites) {
        String html = text.html();
        if (!html.contains("{{")) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Shortcodes.Found f : Shortcodes.find(html)) {
            out.append(html, last, f.start());
            if (f.kind().equals("cite")) {
                if (cites.explainer() != null) {
                    out.append(citations(f, cites.explainer()));
                }
            } else if (Shortcodes.BLOCK_KINDS.contains(f.kind())) {
                out.append(html, f.start(), f.end());
            } else {
                out.append(Entities.escape(fill(f)));
            }
            last = f.end();
        }
        String body = out.append(html.substring(last)).toString();
        if (!body.contains("{{")) {
            return body;
        }
        Matcher m = MarkdownConverter.BLOCK.matcher(body);
        StringBuilder withBlocks = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(withBlocks, Matcher.quoteReplacement(blocks.apply(m.group(1), m.group(2))));
        }
        return m.appendTail(withBlocks).toString();
    }

    /** The text's words alone: placeholders filled, citations and visuals left out, whitespace collapsed. */
    String plain(RichText text) {
        return text(text.plain()).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** A plain text (a title, a label) with placeholders filled; citations have no place in it. */
    String text(String text) {
        if (!text.contains("{{")) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Shortcodes.Found f : Shortcodes.find(text)) {
            out.append(text, last, f.start());
            if (!f.kind().equals("cite") && !Shortcodes.BLOCK_KINDS.contains(f.kind())) {
                out.append(fill(f));
            }
            last = f.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /** The text a placeholder stands for. */
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

    private String citations(Shortcodes.Found f, String explainer) {
        String label = Entities.escape(messages.get(language.code(), "cite.label"));
        String links = f.arguments().stream().map(sources::get).filter(s -> s != null)
                .map(s -> "<a href=\"" + explainer + "#" + Layout.sourceAnchor(s.id()) + "\"><span class=\"vh\">" + label
                        + " </span>" + s.number() + "</a>")
                .collect(Collectors.joining(", "));
        return "<sup class=\"cite\">[" + links + "]</sup>";
    }
}
