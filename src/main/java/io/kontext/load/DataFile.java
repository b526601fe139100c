package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.SourceText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One YAML data file holding a list of items under one key ({@code events:}, {@code sources:}),
 * each with a unique id. Reads the list and hands each item's fields to a reader.
 */
final class DataFile {

    private final Diagnostics diagnostics;
    private final References refs;
    private final Map<String, Integer> counts = new java.util.concurrent.ConcurrentHashMap<>();

    DataFile(Diagnostics diagnostics, References refs) {
        this.diagnostics = diagnostics;
        this.refs = refs;
    }

    /** How many items the file of a kind lists, counted as written, valid or not. */
    int count(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    /**
     * Reads the items; every id read is declared to {@code refs} under {@code kind}, so references
     * to an item that had other errors are not reported as dangling too.
     */
    <T> List<T> items(SourceText file, String key, String kind, String what, Function<Fields, Optional<T>> reader) {
        YamlReader yaml = new YamlReader(diagnostics);
        Optional<YamlNode> root = yaml.read(file, file.text(), 0);
        if (root.isEmpty()) {
            if (yaml.empty(root)) {
                diagnostics.error(file.at(1, 1), "empty", file.path() + " is empty",
                        "write '" + key + ": []' if there is nothing to list yet");
            }
            refs.incomplete(kind);
            return List.of();
        }
        Optional<Fields> top = Fields.of(root.get(), diagnostics, file.path());
        if (top.isEmpty()) {
            refs.incomplete(kind);
            return List.of();
        }
        Fields f = top.get();
        Map<String, io.kontext.diag.Position> ids = new HashMap<>();
        List<T> out = new java.util.ArrayList<>();
        List<YamlNode> nodes = f.list(key, false);
        counts.put(kind, nodes.size());
        for (YamlNode node : nodes) {
            Fields.of(node, diagnostics, what).ifPresent(item -> {
                Optional<String> id = item.requiredText("id", "a short unique name in lower case, e.g. pact-signed");
                if (id.isPresent()) {
                    if (!id.get().matches("[a-z0-9][a-z0-9-]*")) {
                        diagnostics.error(item.valuePosition("id"), "id", "id '" + id.get() + "' is not a simple name",
                                "use lower-case letters a-z, digits and '-': ids become #anchors and file names");
                    } else if (ids.containsKey(id.get())) {
                        diagnostics.error(item.valuePosition("id"), "duplicate-id", "id '" + id.get() + "' is used twice",
                                "it is already used at line " + ids.get(id.get()).line() + "; ids must be unique");
                    } else {
                        ids.put(id.get(), item.valuePosition("id"));
                        refs.declare(kind, id.get());
                        reader.apply(item).ifPresent(out::add);
                    }
                }
                item.finish();
            });
        }
        f.finish();
        return out;
    }
}
