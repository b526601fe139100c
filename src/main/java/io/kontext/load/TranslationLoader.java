package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.diag.SourceText;
import io.kontext.model.Block;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a translation of the article ({@code site/article/<lang>.yaml}) and aligns it with the
 * original block by block. Each translated block names the hash of the original text it was made
 * from, so the build can tell a missing block, an extra one, and a stale one (the original changed
 * after it was translated) - each reported at its line. A block marked {@code status: pending} is
 * not translated yet: a warning at its line, and the original block itself stands in the
 * translation, so the page shows the original text with a notice.
 */
final class TranslationLoader {

    private final Diagnostics diagnostics;

    TranslationLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    List<Block> load(SourceText file, List<Block> original, String language) {
        java.util.function.Function<String, io.kontext.diag.Diagnostic.Subject> block =
                id -> new io.kontext.diag.Diagnostic.Subject("block", language, id);
        YamlReader reader = new YamlReader(diagnostics);
        Optional<YamlNode> root = reader.read(file, file.text(), 0);
        if (root.isEmpty()) {
            if (reader.empty(root)) {
                diagnostics.error(file.whole(), "empty", file.path() + " is empty", "list the blocks under 'blocks:'");
            }
            return List.of();
        }
        Optional<Fields> top = Fields.of(root.get(), diagnostics, file.path());
        if (top.isEmpty()) {
            return List.of();
        }
        Fields f = top.get();
        Map<String, Block> byId = new LinkedHashMap<>();
        original.forEach(b -> byId.put(b.id(), b));
        Map<String, Block> translated = new LinkedHashMap<>();
        for (YamlNode node : f.list("blocks", true)) {
            Fields.of(node, diagnostics, "a translated block").ifPresent(b -> {
                Optional<String> id = b.requiredText("id", "the id of the original block, e.g. p3");
                Optional<String> source = b.requiredText("source", "the hash of the original block it translates");
                boolean pending = pending(b);
                Optional<String> text = pending ? b.text("text") : b.requiredText("text", "the translated text");
                b.finish();
                if (id.isEmpty()) {
                    return;
                }
                Block orig = byId.get(id.get());
                if (orig == null) {
                    diagnostics.error(b.valuePosition("id"), "translation-extra",
                            "block '" + id.get() + "' does not exist in the original article",
                            "the original has: " + String.join(", ", byId.keySet())
                                    + "; remove this block or correct its id");
                    return;
                }
                if (translated.containsKey(id.get())) {
                    diagnostics.error(b.valuePosition("id"), "duplicate", "block '" + id.get() + "' is translated twice",
                            "keep one of them");
                    return;
                }
                if (pending) {
                    // the page shows the original until the block is translated: the original itself
                    // stands in the translation, which is how later stages tell a pending block
                    diagnostics.warning(b.has("text") ? b.valuePosition("text") : b.valuePosition("id"),
                            "translation-pending", "the " + language + " translation of block '" + id.get()
                                    + "' is pending; the page shows the original",
                            "write the translation of \"" + orig.text() + "\" in 'text', then remove 'status: "
                                    + PENDING + "'" + (source.isPresent() && source.get().equals(orig.hash()) ? ""
                                            : " and set 'source: " + orig.hash() + "'"), block.apply(id.get()));
                    translated.put(id.get(), orig);
                    return;
                }
                if (source.isPresent() && !source.get().equals(orig.hash())) {
                    diagnostics.error(b.valuePosition("source"), "translation-stale",
                            "the " + language + " translation of block '" + id.get()
                                    + "' is stale: the original changed after it was translated",
                            "the original now reads: \"" + orig.text() + "\"; update the translation, then set 'source: "
                                    + orig.hash() + "'", block.apply(id.get()));
                }
                text.ifPresent(t -> translated.put(id.get(),
                        new Block(orig.id(), orig.kind(), SeedParser.collapse(t), orig.hash(), b.valuePosition("text"))));
            });
        }
        f.finish();
        List<Block> aligned = new ArrayList<>();
        Position listAt = f.positionOf("blocks");
        for (Block orig : original) {
            Block t = translated.get(orig.id());
            if (t == null) {
                diagnostics.error(listAt, "translation-missing",
                        "block '" + orig.id() + "' of the article has no " + language + " translation",
                        "add '- id: " + orig.id() + "', 'source: " + orig.hash() + "' and 'text:' translating \""
                                + orig.text() + "\"", block.apply(orig.id()));
            } else {
                aligned.add(t);
            }
        }
        return aligned;
    }

    /**
     * {@code status: pending} marks a block not translated yet (its text may be empty). It is the
     * only status: a translated block has none.
     */
    private boolean pending(Fields b) {
        Optional<String> status = b.text("status");
        if (status.isEmpty()) {
            return false;
        }
        if (!status.get().equals(PENDING)) {
            diagnostics.error(b.valuePosition("status"), "value", "'" + status.get() + "' is not a block status",
                    "the only status is '" + PENDING + "'; remove the line once the block is translated");
            return false;
        }
        return true;
    }

    static final String PENDING = "pending";
}
