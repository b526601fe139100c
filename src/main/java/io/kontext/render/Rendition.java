package io.kontext.render;

import io.kontext.layout.Layout;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the render stage made, beside the files it handed on: the path of every file (what a link
 * may lead to), what the link check needs of every page, and the embeds of each language (for the
 * preview server's pages).
 *
 * @param embeds the embeds by language code, in the order the embeds page lists them
 */
public record Rendition(Layout layout, Set<String> paths, List<PageFacts> pages, Map<String, List<EmbedEntry>> embeds) {

    /**
     * An embed: its page and its oEmbed answer (paths below the site's root), its title as the
     * oEmbed answer gives it, and its copy-paste code.
     */
    public record EmbedEntry(String path, String oembed, String title, String snippet) {
    }
}
