package io.kontext.model;

import io.kontext.diag.Position;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A key figure: a number (or a range where sources disagree, or parts such as a 13–1–1 vote), its
 * date and sources, and per language a unit, a label and a note on what it does and does not mean.
 */
public record Figure(String id, Shape shape, List<BigDecimal> numbers, boolean approximate, PartialDate asOf,
        List<String> sources, Map<String, Words> words, Position position) {

    public enum Shape { SINGLE, RANGE, PARTS }

    public record Words(String unit, String label, RichText note, Position position) {
    }
}
