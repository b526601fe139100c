package io.kontext.load;

import io.kontext.layout.Layout;
import io.kontext.model.Site;

/**
 * Everything a build reads, read and checked: what the load stage hands on. Nothing after it
 * reads a file of the project.
 *
 * @param site the explainer's content and data, its Markdown converted
 * @param layout where the pages and files of the site go, at the site's address
 * @param messages the UI strings of every language, every key a build asks for present
 * @param templates the Thymeleaf templates by name
 * @param assets the stylesheet, scripts and the explainer's own files for {@code /assets/}
 * @param fonts the fonts of the social cards
 */
public record Inputs(Project project, Site site, Layout layout, Messages messages, TemplateFiles templates,
        Assets assets, Fonts fonts) {
}
