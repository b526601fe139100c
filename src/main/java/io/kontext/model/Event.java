package io.kontext.model;

import io.kontext.diag.Position;
import java.util.List;
import java.util.Map;

/**
 * A timeline event: the facts once, the words per language.
 *
 * @param end the end of a span, or {@code null}
 * @param category the id of one of the categories of {@code site.yaml}
 * @param status {@code confirmed}, {@code reported} or {@code claimed}, as the sources put it
 */
public record Event(String id, PartialDate date, PartialDate end, String category, Status status,
        List<String> sources, Map<String, Words> words, Position position) {

    /** What the sources say of an event: confirmed, reported (by services or media) or claimed (by one party). */
    public enum Status {
        CONFIRMED, REPORTED, CLAIMED;

        /** As written in the data and used in class names and message keys: "confirmed". */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static List<String> keys() {
            return java.util.Arrays.stream(values()).map(Status::key).toList();
        }

        public static Status of(String key) {
            return valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** @param text Markdown */
    public record Words(String title, RichText text, Position titlePosition, Position textPosition) {
    }
}
