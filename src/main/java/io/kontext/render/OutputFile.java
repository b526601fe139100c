package io.kontext.render;

/**
 * One file of the site to be written.
 *
 * @param path relative to the output root, with forward slashes ({@code en/index.html})
 * @param origin what it was made from (a template, a project file), for messages about it
 */
public record OutputFile(String path, byte[] content, String origin) {

    public boolean isHtml() {
        return path.endsWith(".html");
    }

    public String text() {
        return new String(content, java.nio.charset.StandardCharsets.UTF_8);
    }
}
