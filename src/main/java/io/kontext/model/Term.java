package io.kontext.model;

import io.kontext.diag.Position;
import java.util.List;
import java.util.Map;

/** A glossary entry. */
public record Term(String id, List<String> sources, Map<String, Words> words, Position position) {

    /** @param definition Markdown */
    public record Words(String term, RichText definition, Position position) {
    }
}
