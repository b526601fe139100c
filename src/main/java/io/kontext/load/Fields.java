package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.model.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one YAML mapping by name and type, reporting each problem at its position:
 * a missing required field, a value of the wrong kind, an impossible date, and (on {@link #finish})
 * every key nobody asked for, with the nearest known key as a hint.
 */
final class Fields {

    private final YamlNode.Mapping map;
    private final Diagnostics diagnostics;
    private final String what;
    private final Set<String> known = new LinkedHashSet<>();

    Fields(YamlNode.Mapping map, Diagnostics diagnostics, String what) {
        this.map = map;
        this.diagnostics = diagnostics;
        this.what = what;
    }

    /** Reads {@code node} as a mapping, or reports that it is not one. */
    static Optional<Fields> of(YamlNode node, Diagnostics diagnostics, String what) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new Fields(m, diagnostics, what));
        }
        diagnostics.error(node.position(), "type", what + " must be a mapping of 'name: value' lines, found " + node.kind(),
                null);
        return Optional.empty();
    }

    Position position() {
        return map.position();
    }

    /** Where the key is written, or the mapping's own position when it is missing. */
    Position positionOf(String key) {
        Position p = map.keys().get(key);
        return p != null ? p : map.position();
    }

    Position valuePosition(String key) {
        YamlNode n = map.entries().get(key);
        return n != null ? n.position() : positionOf(key);
    }

    boolean has(String key) {
        known.add(key);
        YamlNode n = map.entries().get(key);
        return n != null && !(n instanceof YamlNode.Scalar s && s.isNull());
    }

    Optional<YamlNode> node(String key) {
        return has(key) ? Optional.of(map.entries().get(key)) : Optional.empty();
    }

    Optional<YamlNode> required(String key, String hint) {
        if (!has(key)) {
            diagnostics.error(map.keys().containsKey(key) ? positionOf(key) : map.position(), "missing",
                    what + " has no '" + key + "'", hint);
            return Optional.empty();
        }
        return node(key);
    }

    Optional<String> text(String key) {
        return node(key).flatMap(n -> scalar(n, key));
    }

    Optional<String> requiredText(String key, String hint) {
        Optional<String> v = required(key, hint).flatMap(n -> scalar(n, key));
        if (v.isPresent() && v.get().isBlank()) {
            diagnostics.error(valuePosition(key), "empty", what + " has an empty '" + key + "'", hint);
            return Optional.empty();
        }
        return v;
    }

    private Optional<String> scalar(YamlNode n, String key) {
        if (n instanceof YamlNode.Scalar s) {
            return Optional.of(s.value().strip());
        }
        diagnostics.error(n.position(), "type", "'" + key + "' must be text, found " + n.kind(), null);
        return Optional.empty();
    }

    Optional<Boolean> bool(String key) {
        return text(key).flatMap(v -> {
            if (v.equals("true") || v.equals("false")) {
                return Optional.of(Boolean.parseBoolean(v));
            }
            diagnostics.error(valuePosition(key), "type", "'" + key + "' must be true or false, found '" + v + "'", null);
            return Optional.empty();
        });
    }

    Optional<PartialDate> partialDate(String key, boolean required) {
        Optional<String> v = required ? requiredText(key, "write the date as YYYY-MM-DD, YYYY-MM, YYYY or YYYY-autumn")
                : text(key);
        return v.flatMap(s -> {
            Optional<PartialDate> d = PartialDate.parse(s);
            if (d.isEmpty()) {
                diagnostics.error(valuePosition(key), "date", "'" + s + "' is not a date",
                        "write YYYY-MM-DD (a day that exists), YYYY-MM, YYYY, or YYYY-spring/summer/autumn/winter");
            }
            return d;
        });
    }

    Optional<LocalDate> day(String key, boolean required) {
        Optional<String> v = required ? requiredText(key, "write the date as YYYY-MM-DD") : text(key);
        return v.flatMap(s -> {
            Optional<PartialDate> d = PartialDate.parse(s).filter(p -> p.precision() == PartialDate.Precision.DAY);
            if (d.isEmpty()) {
                diagnostics.error(valuePosition(key), "date", "'" + s + "' is not a date",
                        "write YYYY-MM-DD, a day that exists");
            }
            return d.map(PartialDate::start);
        });
    }

    /** A value that must be one of {@code allowed}. */
    Optional<String> choice(String key, List<String> allowed) {
        return requiredText(key, "one of: " + String.join(", ", allowed)).flatMap(v -> {
            if (allowed.contains(v)) {
                return Optional.of(v);
            }
            diagnostics.error(valuePosition(key), "value", "'" + v + "' is not a valid " + key,
                    "use one of: " + String.join(", ", allowed));
            return Optional.empty();
        });
    }

    /** A list of plain texts (ids); a single text is not accepted, to keep files uniform. */
    List<Item> textList(String key, boolean required) {
        Optional<YamlNode> n = required ? required(key, "write a list: [a, b]") : node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        if (!(n.get() instanceof YamlNode.Sequence seq)) {
            diagnostics.error(n.get().position(), "type", "'" + key + "' must be a list, found " + n.get().kind(),
                    "write a list: [a, b]");
            return List.of();
        }
        List<Item> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.value().isBlank()) {
                out.add(new Item(s.value().strip(), s.position()));
            } else {
                diagnostics.error(item.position(), "type", "each item of '" + key + "' must be text, found " + item.kind(),
                        null);
            }
        }
        if (required && out.isEmpty() && seq.items().isEmpty()) {
            diagnostics.error(seq.position(), "missing", what + " has an empty '" + key + "' list", null);
        }
        return out;
    }

    List<YamlNode> list(String key, boolean required) {
        Optional<YamlNode> n = required ? required(key, null) : node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        if (n.get() instanceof YamlNode.Sequence seq) {
            return seq.items();
        }
        diagnostics.error(n.get().position(), "type", "'" + key + "' must be a list, found " + n.get().kind(), null);
        return List.of();
    }

    Optional<Fields> mapping(String key, boolean required, String whatInside) {
        Optional<YamlNode> n = required ? required(key, null) : node(key);
        return n.flatMap(node -> of(node, diagnostics, whatInside));
    }

    /** Reports every key that was not read, with the closest known key as a hint. */
    void finish() {
        for (var e : map.keys().entrySet()) {
            if (!known.contains(e.getKey())) {
                String nearest = known.stream()
                        .min(Comparator.comparingInt(k -> distance(k, e.getKey())))
                        .filter(k -> distance(k, e.getKey()) <= Math.max(2, k.length() / 3))
                        .orElse(null);
                diagnostics.error(e.getValue(), "unknown-key", what + " has an unknown key '" + e.getKey() + "'",
                        nearest != null ? "did you mean '" + nearest + "'?"
                                : "known keys here: " + String.join(", ", known));
            }
        }
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** A text value with where it was written. */
    record Item(String value, Position position) {
    }
}
