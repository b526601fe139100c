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
public record Event(String id, PartialDate date, PartialDate end, String category, String status,
        List<String> sources, Map<String, Words> words, Position position) {

    public static final List<String> STATUSES = List.of("confirmed", "reported", "claimed");

    /** @param text Markdown */
    public record Words(String title, String text, Position titlePosition, Position textPosition) {
    }
}
