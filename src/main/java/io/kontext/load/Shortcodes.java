package io.kontext.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders editors write in text so that facts held in data are never typed twice:
 * {@code {{figure:id}}}, {@code {{event:id}}}, {@code {{date:YYYY-MM-DD}}} and
 * {@code {{cite:id}}} or {@code {{cite:id1,id2}}}; and, as a paragraph of their own, the visuals
 * {@code {{chart:id}}} and {@code {{map:id}}}.
 */
public final class Shortcodes {

    public static final Pattern PATTERN = Pattern.compile("\\{\\{\\s*([a-z]+)\\s*:\\s*([^{}]*?)\\s*}}");
    public static final List<String> KINDS = List.of("figure", "event", "date", "cite", "chart", "map");

    /** Placeholders that stand for a block (a chart, a map) and must be a paragraph of their own. */
    public static final List<String> BLOCK_KINDS = List.of("chart", "map");

    private Shortcodes() {
    }

    /** One placeholder found in a text: its kind, argument and character offset. */
    public record Found(String kind, String argument, int start, int end) {
        public List<String> arguments() {
            List<String> out = new ArrayList<>();
            for (String a : argument.split(",")) {
                if (!a.isBlank()) {
                    out.add(a.strip());
                }
            }
            return out;
        }
    }

    public static List<Found> find(String text) {
        // most texts have none: a plain search is many times faster than the pattern's scan
        int from = text.indexOf("{{");
        if (from < 0) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        while (from >= 0 && m.find(from)) {
            out.add(new Found(m.group(1), m.group(2), m.start(), m.end()));
            from = text.indexOf("{{", m.end());
        }
        return out;
    }
}
