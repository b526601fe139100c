package io.kontext.model;

import io.kontext.diag.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dated correction or clarification of the article, shown where the error stands (the quoted
 * words of the block are marked) and in the corrections list.
 *
 * @param type {@code correction} or {@code clarification}
 * @param block the id of the article block it concerns
 * @param events timeline events it concerns, shown with them too
 */
public record Correction(String id, LocalDate date, String type, String block, List<String> events,
        List<String> sources, Map<String, Words> words, Position position) {

    public static final List<String> TYPES = List.of("correction", "clarification");

    /** @param quote the exact words in this language's block; @param text Markdown */
    public record Words(String quote, String text, Position quotePosition, Position textPosition) {
    }
}
