package io.kontext.render;

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
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.load.Links;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Markdown to HTML with flexmark, set up once and shared by all threads. Safe by default: raw HTML
 * is never passed through (a warning names where it was), and a link or image whose scheme is not
 * allowed (judged after decoding, see {@link Links}) is an error at its position.
 */
public final class Markdown {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
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
                                attributes.replaceValue(SOURCE_OFFSET, Integer.toString(node.getStartOffset()));
                            }
                        };
                    }
                })
                .build();
    }

    /**
     * Links and images carry the offset of their Markdown in this attribute until
     * {@link TextRenderer} turns it into a file position for the link checker, which removes it.
     */
    static final String SOURCE_OFFSET = "data-kontext-offset";

    /**
     * Renders {@code text}; {@code at} gives the file position of an offset in it, for diagnostics.
     */
    public String render(String text, IntFunction<Position> at, Diagnostics diagnostics) {
        Node document = parser.parse(text);
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlCommentBlock
                    || node instanceof HtmlInlineComment) {
                diagnostics.warning(at.apply(node.getStartOffset()), "raw-html", "raw HTML is not passed through: "
                        + abbreviate(node.getChars().toString()),
                        "write it in Markdown; Kontext leaves raw HTML out of the page");
            } else if (node instanceof Link l) {
                checkUrl(l.getUrl().toString(), at.apply(node.getStartOffset()), diagnostics);
            } else if (node instanceof Image i) {
                checkUrl(i.getUrl().toString(), at.apply(node.getStartOffset()), diagnostics);
            } else if (node instanceof AutoLink a) {
                checkUrl(a.getUrl().toString(), at.apply(node.getStartOffset()), diagnostics);
            } else if (node instanceof Reference r) {
                checkUrl(r.getUrl().toString(), at.apply(node.getStartOffset()), diagnostics);
            }
        }
        // void elements as HTML writes them (<br>, not <br />), as the pages' own markup does
        return renderer.render(document).replace(" />", ">");
    }

    private static void checkUrl(String url, Position at, Diagnostics diagnostics) {
        if (!Links.isSafe(url)) {
            diagnostics.error(at, "unsafe-link", "the link address '" + abbreviate(url) + "' uses the scheme '"
                    + Links.effectiveScheme(url) + ":', which is not allowed",
                    "link to https:// addresses, mailto: or pages of the site");
        }
    }

    private static String abbreviate(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
