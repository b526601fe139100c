package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.model.Block;
import io.kontext.model.Correction;
import io.kontext.model.PartialDate;
import io.kontext.model.Site;
import io.kontext.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Every reference from one item to another (a source id in an event, a block id in a correction, a
 * {@code {{figure:...}}} in text), with where it is written, so that a dangling one is reported at
 * its line once everything is loaded; and every source nobody cites. Files may be registered from
 * several threads.
 */
final class References {

    private record Ref(String kind, String id, Position position) {
    }

    private final List<Ref> refs = java.util.Collections.synchronizedList(new ArrayList<>());
    private final java.util.Map<String, Set<String>> declared = new java.util.HashMap<>();
    private final Set<String> incomplete = new HashSet<>();
    private final Diagnostics diagnostics;

    /** An item of this kind exists (even if it had other errors). */
    synchronized void declare(String kind, String id) {
        declared.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
    }

    /** A whole file of this kind could not be read: references to it are not checked. */
    synchronized void incomplete(String kind) {
        incomplete.add(kind);
    }

    References(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    List<String> sources(List<Fields.Item> items) {
        return add("source", items);
    }

    List<String> events(List<Fields.Item> items) {
        return add("event", items);
    }

    String figure(Fields.Item item) {
        return add("figure", List.of(item)).get(0);
    }

    private List<String> add(String kind, List<Fields.Item> items) {
        List<String> ids = new ArrayList<>();
        for (Fields.Item i : items) {
            refs.add(new Ref(kind, i.value(), i.position()));
            ids.add(i.value());
        }
        return List.copyOf(ids);
    }

    /**
     * Registers the placeholders in a text. {@code positionAt} turns an offset in {@code text} into
     * a position in the file.
     */
    void text(String text, IntFunction<Position> positionAt) {
        for (Shortcodes.Found f : Shortcodes.find(text)) {
            Position at = positionAt.apply(f.start());
            switch (f.kind()) {
                case "cite" -> {
                    if (f.arguments().isEmpty()) {
                        diagnostics.error(at, "shortcode", "{{cite:}} names no source", "write {{cite:source-id}}");
                    }
                    f.arguments().forEach(a -> refs.add(new Ref("source", a, at)));
                }
                case "figure" -> refs.add(new Ref("figure", f.argument(), at));
                case "chart" -> refs.add(new Ref("chart", f.argument(), at));
                case "map" -> refs.add(new Ref("map", f.argument(), at));
                case "event" -> refs.add(new Ref("event", f.argument(), at));
                case "date" -> {
                    if (PartialDate.parse(f.argument()).isEmpty()) {
                        diagnostics.error(at, "date", "'" + f.argument() + "' in {{date:...}} is not a date",
                                "write {{date:YYYY-MM-DD}} with a day that exists");
                    }
                }
                default -> diagnostics.error(at, "shortcode", "unknown placeholder '{{" + f.kind() + ":...}}'",
                        "use one of: " + Shortcodes.KINDS.stream().map(k -> "{{" + k + ":...}}")
                                .collect(Collectors.joining(", ")));
            }
        }
    }

    /** Reports references to ids nobody declared, and sources nobody cites. */
    void check(List<Source> allSources) {
        Set<String> used = new HashSet<>();
        for (Ref r : refs) {
            if (incomplete.contains(r.kind)) {
                continue;
            }
            Set<String> known = declared.getOrDefault(r.kind, Set.of());
            if (known.contains(r.id)) {
                if (r.kind.equals("source")) {
                    used.add(r.id);
                }
            } else {
                diagnostics.error(r.position, "unknown-" + r.kind, "unknown " + r.kind + " id '" + r.id + "'",
                        hint(r.id, known, r.kind));
            }
        }
        for (Source s : allSources) {
            if (!used.contains(s.id())) {
                diagnostics.warning(s.position(), "unused-source", "source '" + s.id() + "' is not cited anywhere",
                        "cite it where it is used ({{cite:" + s.id() + "}} or a 'sources' list), or remove it");
            }
        }
    }

    /** Checks that each correction's block exists and its quote occurs in it, in every language. */
    void checkCorrections(Site site) {
        corrections:
        for (Correction c : site.corrections()) {
            for (var e : c.words().entrySet()) {
                List<Block> blocks = site.article().blocks().get(e.getKey());
                if (blocks == null) {
                    continue;
                }
                Block block = blocks.stream().filter(b -> b.id().equals(c.block())).findFirst().orElse(null);
                if (block == null) {
                    diagnostics.error(c.position(), "unknown-block", "correction '" + c.id() + "' names block '" + c.block()
                            + "', which the article does not have", "use one of: "
                            + blocks.stream().map(Block::id).collect(Collectors.joining(", ")));
                    // once per correction; the next correction is checked all the same
                    continue corrections;
                }
                if (!block.text().contains(e.getValue().quote())) {
                    diagnostics.error(e.getValue().quotePosition(), "correction-quote", "the " + e.getKey()
                            + " quote of correction '" + c.id() + "' does not occur in block '" + c.block() + "'",
                            "copy the exact words from the block: \"" + block.text() + "\"");
                }
            }
        }
    }

    private static String hint(String id, Set<String> known, String kind) {
        String nearest = known.stream()
                .filter(k -> Fields.distance(k, id) <= Math.max(2, k.length() / 4) || k.startsWith(id) || id.startsWith(k))
                .min(java.util.Comparator.comparingInt((String k) -> Fields.distance(k, id)).thenComparing(k -> k))
                .orElse(null);
        return nearest != null ? "did you mean '" + nearest + "'?" : "add it to the " + kind + "s, or correct the id";
    }
}
