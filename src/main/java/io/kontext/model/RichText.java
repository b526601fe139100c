package io.kontext.model;

/**
 * A text the editor writes in Markdown, as written and as converted when it was loaded: HTML made
 * by Kontext's Markdown pipeline (headings with ids, links with the position they were written
 * at), and the same words as plain text. Both still hold the placeholders ({@code {{figure:…}}},
 * {@code {{cite:…}}}, …), which are filled for each page when it is rendered.
 *
 * @param markdown the text as written
 * @param html the converted HTML, safe to insert: raw HTML and unsafe links never pass
 * @param plain the words alone, whitespace collapsed
 */
public record RichText(String markdown, String html, String plain) {

    public static final RichText EMPTY = new RichText("", "", "");
}
