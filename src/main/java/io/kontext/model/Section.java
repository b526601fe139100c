package io.kontext.model;

import io.kontext.diag.SourceText;
import java.util.List;
import java.util.Map;

/** A section of explainer text, written in Markdown once per language. The id is its anchor. */
public record Section(String id, Map<String, Text> texts) {

    /**
     * @param body the Markdown after the front matter, converted; its headings' ids start with the section's id
     * @param bodyLine the 1-based line of the file where the body starts
     */
    public record Text(String title, List<String> sources, SourceText file, RichText body, int bodyLine) {
    }
}
