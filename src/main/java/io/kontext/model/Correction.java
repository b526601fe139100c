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
public record Correction(String id, LocalDate date, Type type, String block, List<String> events,
        List<String> sources, Map<String, Words> words, Position position) {

    /** A correction puts an error right; a clarification makes true but misleading words plain. */
    public enum Type {
        CORRECTION, CLARIFICATION;

        /** As written in the data and used in class names and message keys: "correction". */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static List<String> keys() {
            return java.util.Arrays.stream(values()).map(Type::key).toList();
        }

        public static Type of(String key) {
            return valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** @param quote the exact words in this language's block; @param text Markdown */
    public record Words(String quote, RichText text, Position quotePosition, Position textPosition) {
    }
}
