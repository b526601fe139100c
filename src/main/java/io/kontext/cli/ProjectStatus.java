package io.kontext.cli;

import io.kontext.diag.Diagnostic;
import io.kontext.diag.Diagnostics;
import io.kontext.diag.Severity;
import io.kontext.load.Inventory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where a project stands, per language: counted from the diagnostics of a check run (by their
 * codes and files) against what the project holds ({@link Inventory}), so that the status says
 * exactly what the build says. Shown as a table or as JSON.
 */
record ProjectStatus(String project, Inventory inventory, List<LanguageStatus> languages, int unusedSources,
        int missingSources, long errors, long warnings, boolean strictPasses, boolean lenientPasses) {

    /**
     * One language. For the original, the block counts are all translated; items "missing" are
     * events, figures and glossary terms without a text in this language.
     */
    record LanguageStatus(String code, boolean original, int blocks, int translated, int pending, int stale,
            int missing, int eventsMissing, int figuresMissing, int termsMissing) {
    }

    static ProjectStatus of(String project, Inventory inventory, Diagnostics diagnostics) {
        List<Diagnostic> all = diagnostics.all();
        List<LanguageStatus> languages = new ArrayList<>();
        for (int i = 0; i < inventory.languages().size(); i++) {
            String code = inventory.languages().get(i);
            int blocks = inventory.blocks();
            String file = "site/article/" + code + ".yaml";
            int pending = count(all, "translation-pending", code);
            int stale = count(all, "translation-stale", code);
            int missing = all.stream().anyMatch(d -> d.code().equals("missing-file") && d.position().file().equals(file))
                    ? blocks : count(all, "translation-missing", code);
            boolean original = i == 0;
            languages.add(new LanguageStatus(code, original, blocks,
                    original ? blocks : Math.max(0, blocks - pending - stale - missing), pending, stale, missing,
                    parity(all, "event", code), parity(all, "figure", code), parity(all, "term", code)));
        }
        return new ProjectStatus(project, inventory, languages, count(all, "unused-source", null),
                count(all, "unknown-source", null), diagnostics.count(Severity.ERROR), diagnostics.count(Severity.WARNING),
                !diagnostics.blocks(false), !diagnostics.blocks(true));
    }

    /** Problems of a kind in a language; the language null: in every language. */
    private static int count(List<Diagnostic> all, String code, String language) {
        return (int) all.stream().filter(d -> d.code().equals(code)
                && (language == null || language.equals(d.subject().language()))).count();
    }

    /** Items of a kind with no text in the language. */
    private static int parity(List<Diagnostic> all, String kind, String language) {
        return (int) all.stream().filter(d -> d.code().equals("parity") && kind.equals(d.subject().kind())
                && language.equals(d.subject().language())).count();
    }

    String table() {
        StringBuilder b = new StringBuilder();
        b.append(project).append('\n');
        b.append(String.format("  %-10s %7s %11s %8s %6s %8s   %s%n", "language", "blocks", "translated", "pending",
                "stale", "missing", "without this language: events, figures, terms"));
        for (LanguageStatus l : languages) {
            b.append(String.format("  %-10s %7d %11s %8s %6s %8s   %d of %d, %d of %d, %d of %d%n",
                    l.code() + (l.original() ? " (orig.)" : ""), l.blocks(), l.original() ? "-" : l.translated(),
                    l.original() ? "-" : l.pending(), l.original() ? "-" : l.stale(), l.original() ? "-" : l.missing(),
                    l.eventsMissing(), inventory.events(), l.figuresMissing(), inventory.figures(), l.termsMissing(),
                    inventory.terms()));
        }
        b.append(String.format("  sources: %d listed, %d not cited, %d cited but not listed%n", inventory.sources(),
                unusedSources, missingSources));
        b.append("  ").append(errors).append(errors == 1 ? " error, " : " errors, ").append(warnings)
                .append(warnings == 1 ? " warning: " : " warnings: ");
        if (strictPasses) {
            b.append("ready, 'kontext build' passes\n");
        } else if (lenientPasses) {
            b.append("a draft: 'build --lenient' passes, 'build' does not; 'kontext check' lists each problem\n");
        } else {
            b.append("'build' fails; 'kontext check' lists each problem\n");
        }
        return b.toString();
    }

    String json() {
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"project\": ").append(string(project)).append(",\n");
        b.append("  \"ready\": ").append(strictPasses).append(",\n");
        b.append("  \"draft\": ").append(lenientPasses).append(",\n");
        b.append("  \"errors\": ").append(errors).append(",\n");
        b.append("  \"warnings\": ").append(warnings).append(",\n");
        b.append("  \"totals\": ").append(object(Map.of("blocks", inventory.blocks(), "events", inventory.events(),
                "figures", inventory.figures(), "terms", inventory.terms(), "sources", inventory.sources()),
                List.of("blocks", "events", "figures", "terms", "sources"))).append(",\n");
        b.append("  \"sources\": {\"listed\": ").append(inventory.sources()).append(", \"unused\": ").append(unusedSources)
                .append(", \"missing\": ").append(missingSources).append("},\n");
        b.append("  \"languages\": [");
        for (int i = 0; i < languages.size(); i++) {
            LanguageStatus l = languages.get(i);
            b.append(i == 0 ? "\n" : ",\n");
            b.append("    {\"code\": ").append(string(l.code())).append(", \"original\": ").append(l.original())
                    .append(", \"blocks\": {\"total\": ").append(l.blocks()).append(", \"translated\": ")
                    .append(l.translated()).append(", \"pending\": ").append(l.pending()).append(", \"stale\": ")
                    .append(l.stale()).append(", \"missing\": ").append(l.missing())
                    .append("}, \"withoutThisLanguage\": {\"events\": ").append(l.eventsMissing()).append(", \"figures\": ")
                    .append(l.figuresMissing()).append(", \"terms\": ").append(l.termsMissing()).append("}}");
        }
        b.append(languages.isEmpty() ? "]\n" : "\n  ]\n");
        return b.append("}\n").toString();
    }

    private static String object(Map<String, Integer> values, List<String> order) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < order.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(string(order.get(i))).append(": ").append(values.get(order.get(i)));
        }
        return b.append('}').toString();
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    private static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
