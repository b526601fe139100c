package io.kontext.model;

import io.kontext.diag.Position;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A bar chart of numbers the data holds: each bar takes its value from a key figure or states it,
 * with a label per language. Drawn as SVG at build time, with the numbers also in a table.
 */
public record Chart(String id, List<String> sources, Map<String, Words> words, List<Bar> bars, Position position) {

    /** @param unit what the numbers count, in this language (a table header) */
    public record Words(String title, String description, String unit, Position position) {
    }

    /** @param figure the id of a key figure giving the value, or {@code null} when {@code value} is written */
    public record Bar(String figure, BigDecimal value, Map<String, String> labels, Position position) {
    }
}
