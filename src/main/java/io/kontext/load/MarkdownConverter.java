package io.kontext.load;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.model.RichText;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Converts the editor's Markdown when it is loaded, with flexmark, set up once and shared by all
 * threads. Safe by default: raw HTML never passes (a warning names where it was), a link or image
 * whose scheme is not allowed (judged after decoding, see {@link Links}) is an error at its
 * position, and so is a chart or map placeholder that is not a paragraph of its own. Headings get
 * ids (a prefix and a readable form of their words), and links carry the position they were
 * written at ({@link #SOURCE_ATTRIBUTE}) until the pages are rendered, so that a broken one can be
 * reported there.
 */
public final class MarkdownConverter {

    /**
     * The attribute that carries the Markdown position of a link ({@code file:line:col}) into the
     * rendered page, where the render stage takes it off for the link check.
     */
    public static final String SOURCE_ATTRIBUTE = "data-kontext-src";

    private static final String OFFSET_ATTRIBUTE = "data-kontext-offset";
    private static final Pattern OFFSET = Pattern.compile(" " + OFFSET_ATTRIBUTE + "=\"(\\d+)\"");
    private static final Pattern HEADING = Pattern.compile("<h([1-6])>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** A chart or map placeholder as a paragraph of its own, as the render stage replaces it. */
    public static final Pattern BLOCK = Pattern.compile("<p>\\s*\\{\\{\\s*(chart|map)\\s*:\\s*([^{}]*?)\\s*}}\\s*</p>");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Diagnostics diagnostics;

    public MarkdownConverter(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.SUPPRESS_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                // the output goes into templates as is: no line-by-line formatting pass
                .set(HtmlRenderer.FORMAT_FLAGS, HtmlRenderer.PASS_THROUGH)
                .set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "")
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return (node, part, attributes) -> {
                            if (node instanceof Link || node instanceof Image || node instanceof AutoLink) {
                                attributes.replaceValue(OFFSET_ATTRIBUTE, Integer.toString(node.getStartOffset()));
                            }
                        };
                    }
                })
                .build();
    }

    /**
     * A text of paragraphs, lists, headings (a section, an event's text): headings get ids
     * {@code <idPrefix>-<words>}. {@code at} gives the file position of an offset in the text.
     */
    public RichText block(String markdown, IntFunction<Position> at, String idPrefix) {
        try {
            return convert(markdown, at, idPrefix);
        } catch (StackOverflowError e) {
            // pathological input (thousands of nested quotes or emphasis markers): the parser's
            // recursion gives up; the text is reported, the build goes on to find the rest
            diagnostics.error(at.apply(0), "markdown-depth", "this text is nested too deeply to render",
                    "Markdown quotes, lists and emphasis nest only a few levels in real writing; look for runaway"
                            + " '>' or '*' characters");
            return RichText.EMPTY;
        }
    }

    /** A short text (a note, a definition): like {@link #block}, but a single paragraph loses its {@code <p>}. */
    public RichText inline(String markdown, IntFunction<Position> at) {
        RichText t = block(markdown, at, "x");
        String html = t.html().strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return new RichText(t.markdown(), html.substring(3, html.length() - 4), t.plain());
        }
        return new RichText(t.markdown(), html, t.plain());
    }

    private RichText convert(String markdown, IntFunction<Position> at, String idPrefix) {
        Node document = parser.parse(markdown);
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlCommentBlock
                    || node instanceof HtmlInlineComment) {
                diagnostics.warning(at.apply(node.getStartOffset()), "raw-html", "raw HTML is not passed through: "
                        + abbreviate(node.getChars().toString()),
                        "write it in Markdown; Kontext leaves raw HTML out of the page");
            } else if (node instanceof Link l) {
                checkUrl(l.getUrl().toString(), at.apply(node.getStartOffset()));
            } else if (node instanceof Image i) {
                checkUrl(i.getUrl().toString(), at.apply(node.getStartOffset()));
            } else if (node instanceof AutoLink a) {
                checkUrl(a.getUrl().toString(), at.apply(node.getStartOffset()));
            } else if (node instanceof Reference r) {
                checkUrl(r.getUrl().toString(), at.apply(node.getStartOffset()));
            }
        }
        // void elements as HTML writes them (<br>, not <br />), as the pages' own markup does
        String html = renderer.render(document).replace(" />", ">");
        html = headingIds(html, idPrefix);
        if (html.contains(OFFSET_ATTRIBUTE)) {
            html = OFFSET.matcher(html).replaceAll(m -> Matcher.quoteReplacement(" " + SOURCE_ATTRIBUTE + "=\""
                    + Entities.escape(at.apply(Integer.parseInt(m.group(1))).toString()) + "\""));
        }
        checkBlocks(html, at);
        String plain = new TextCollectingVisitor().collectAndGetText(document).replaceAll("\\s+", " ").strip();
        return new RichText(markdown, html, plain);
    }

    /**
     * Ids for the headings of a text: its prefix and a readable form of the heading's words,
     * numbered when two are the same. Flexmark's output is well formed and Kontext's own (raw
     * HTML never passes), so headings are found by pattern, without parsing the HTML again.
     */
    private static String headingIds(String html, String idPrefix) {
        if (!html.contains("<h")) {
            return html;
        }
        Set<String> used = new HashSet<>();
        return HEADING.matcher(html).replaceAll(m -> {
            String base = idPrefix + "-" + slug(org.jsoup.parser.Parser.unescapeEntities(
                    TAG.matcher(m.group(2)).replaceAll(""), false));
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            return Matcher.quoteReplacement("<h" + m.group(1) + " id=\"" + id + "\">" + m.group(2) + "</h"
                    + m.group(1) + ">");
        });
    }

    /** A chart or map stands for a block: it must be a paragraph of its own. */
    private void checkBlocks(String html, IntFunction<Position> at) {
        if (!html.contains("{{")) {
            return;
        }
        String rest = BLOCK.matcher(html).replaceAll("");
        for (Shortcodes.Found f : Shortcodes.find(rest)) {
            if (Shortcodes.BLOCK_KINDS.contains(f.kind())) {
                diagnostics.error(at.apply(0), "shortcode", "{{" + f.kind() + ":" + f.argument()
                        + "}} must be a paragraph of its own", "put it on a line of its own, with empty lines around it");
            }
        }
    }

    /** A title or a label: placeholders are filled there, but a citation has no place in it. */
    public void checkPlain(String text, Position at) {
        for (Shortcodes.Found f : Shortcodes.find(text)) {
            if (f.kind().equals("cite")) {
                diagnostics.error(at, "shortcode", "{{cite:...}} is not allowed in a title or label",
                        "cite in the text or the 'sources' list instead");
            }
        }
    }

    private void checkUrl(String url, Position at) {
        if (!Links.isSafe(url)) {
            diagnostics.error(at, "unsafe-link", "the link address '" + abbreviate(url) + "' uses the scheme '"
                    + Links.effectiveScheme(url) + ":', which is not allowed",
                    "link to https:// addresses, mailto: or pages of the site");
        }
    }

    /** A readable, ASCII id from a heading: "Vad är MSMT?" becomes "vad-ar-msmt". */
    static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String s = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "section" : s;
    }

    private static String abbreviate(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
