package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.model.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads per-language words. Two shapes exist: a text per language under one key
 * ({@code title: {sv: ..., en: ...}}), and a block per language holding several fields
 * ({@code sv: {title: ..., text: ...}}). Either way a missing language is a parity error at the
 * item, and a language the site does not have is an unknown key.
 */
final class Words {

    private Words() {
    }

    static Map<String, String> texts(Fields f, String key, List<Language> languages, Diagnostics d, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        Optional<Fields> inner = f.mapping(key, true, "'" + key + "'");
        if (inner.isEmpty()) {
            return out;
        }
        Fields m = inner.get();
        for (Language l : languages) {
            if (!m.has(l.code())) {
                d.error(m.position(), "parity", what + " has no '" + l.code() + "' " + key,
                        "add '" + l.code() + ": ...' under '" + key + "'");
                continue;
            }
            m.requiredText(l.code(), null).ifPresent(v -> out.put(l.code(), v));
        }
        m.finish();
        return out;
    }

    /**
     * Reads one block per language from {@code f} (keys are language codes) with {@code reader}.
     * Reports a missing language at the item's position.
     */
    static <T> Map<String, T> blocks(Fields f, List<Language> languages, Diagnostics d, String kind, String id,
            String fieldsHint, BiFunction<Fields, Language, Optional<T>> reader) {
        String what = kind + " '" + id + "'";
        Map<String, T> out = new LinkedHashMap<>();
        for (Language l : languages) {
            if (!f.has(l.code())) {
                d.error(f.position(), "parity", what + " has no '" + l.code() + "' text",
                        "add an '" + l.code() + ":' block with " + fieldsHint,
                        new io.kontext.diag.Diagnostic.Subject(kind, l.code(), id));
                continue;
            }
            f.mapping(l.code(), true, what + " ('" + l.code() + "')")
                    .flatMap(inner -> {
                        Optional<T> t = reader.apply(inner, l);
                        inner.finish();
                        return t;
                    })
                    .ifPresent(t -> out.put(l.code(), t));
        }
        return out;
    }
}
