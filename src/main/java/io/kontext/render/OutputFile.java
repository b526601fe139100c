package io.kontext.render;

/**
 * One file of the site to be written.
 *
 * @param path relative to the output root, with forward slashes ({@code en/index.html})
 * @param origin what it was made from (a template, a project file), for messages about it
 */
public record OutputFile(String path, byte[] content, String origin) {

    /**
     * Rendered links made from Markdown carry the position where they were written in this
     * attribute, so the link checker can report a broken one there; it is removed before writing.
     */
    public static final String SOURCE_ATTRIBUTE = "data-kontext-src";

    public boolean isHtml() {
        return path.endsWith(".html");
    }

    public String text() {
        return new String(content, java.nio.charset.StandardCharsets.UTF_8);
    }
}
