/**
 * Stage two, render: turns the {@link io.kontext.model.Site} into pages, one set per language,
 * with Thymeleaf templates and message bundles from the project's {@code templates/}, Markdown
 * through flexmark (raw HTML never passed through, link schemes checked), and dates and numbers
 * formatted for each language's locale.
 */
package io.kontext.render;
