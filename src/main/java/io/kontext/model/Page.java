package io.kontext.model;

import io.kontext.diag.SourceText;
import java.time.LocalDate;
import java.util.List;

/**
 * A page of its own beside the explainer: a Markdown file under {@code site/pages/<lang>/}, such as
 * a background article or a profile. The versions of one page in different languages share a
 * {@code key}; each is written at {@code path}.
 *
 * @param key what pairs the languages: {@code translationKey}, or the file's path under the language
 * @param path the output folder under the site root, with a trailing slash ({@code en/background/sanctions/})
 * @param body the Markdown after the front matter, converted
 */
public record Page(String key, String lang, String path, String title, LocalDate date, String summary,
        List<String> tags, List<String> sources, SourceText file, RichText body) {
}
