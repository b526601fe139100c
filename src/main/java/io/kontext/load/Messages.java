package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.diag.SourceText;
import io.kontext.model.Language;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UI strings of every language, from {@code templates/i18n/messages_<code>.properties} (UTF-8).
 * Every bundle must have the same keys as the first language's; a key missing in one, or asked for
 * by a template and missing in all, is an error. A third language is a new bundle, not new code.
 */
public final class Messages {

    private final Map<String, Map<String, String>> bundles = new LinkedHashMap<>();
    private final Map<String, Locale> locales = new LinkedHashMap<>();
    private final Map<String, String> files = new LinkedHashMap<>();
    private record Locale(java.util.Locale locale) {
    }

    private Messages() {
    }

    /** Loads and cross-checks the bundles; returns empty when one is missing or unreadable. */
    static Optional<Messages> load(Project project, List<Language> languages, TextFiles files,
            Diagnostics diagnostics) {
        Messages m = new Messages();
        Map<String, SourceText> texts = new LinkedHashMap<>();
        for (Language l : languages) {
            Path file = project.messages(l.code());
            Optional<SourceText> text = files.read(file, null,
                    "every language needs a message bundle; copy messages_" + languages.get(0).code()
                            + ".properties and translate its values");
            if (text.isEmpty()) {
                continue;
            }
            Properties p = new Properties();
            try {
                p.load(new StringReader(text.get().text()));
            } catch (IOException | IllegalArgumentException e) {
                diagnostics.error(text.get().whole(), "properties", "cannot read " + text.get().path() + ": "
                        + e.getMessage(), null);
                continue;
            }
            Map<String, String> bundle = new LinkedHashMap<>();
            new TreeSet<>(p.stringPropertyNames()).forEach(k -> bundle.put(k, p.getProperty(k)));
            m.bundles.put(l.code(), bundle);
            m.locales.put(l.code(), new Locale(l.locale()));
            m.files.put(l.code(), text.get().path());
            texts.put(l.code(), text.get());
        }
        if (m.bundles.size() < languages.size()) {
            return Optional.empty();
        }
        String first = languages.get(0).code();
        for (Language l : languages) {
            for (String key : m.bundles.get(first).keySet()) {
                if (!m.bundles.get(l.code()).containsKey(key)) {
                    diagnostics.error(texts.get(l.code()).whole(), "message-missing", "message '" + key
                            + "' is missing in " + m.files.get(l.code()), "it is at " + keyPosition(texts.get(first), key)
                            + "; add its translation");
                }
            }
            for (String key : m.bundles.get(l.code()).keySet()) {
                if (!m.bundles.get(first).containsKey(key)) {
                    diagnostics.error(keyPosition(texts.get(l.code()), key), "message-extra", "message '" + key
                            + "' is not in " + m.files.get(first), "add it there too, or remove it here");
                }
            }
        }
        return Optional.of(m);
    }

    private static Position keyPosition(SourceText text, String key) {
        Matcher matcher = Pattern.compile("(?m)^[ \\t]*" + Pattern.quote(key) + "[ \\t]*[=:]").matcher(text.text());
        return matcher.find() ? text.positionOf(matcher.start()) : text.whole();
    }

    /**
     * Reports every key asked for that the bundles do not have, at the position of the ask: the
     * templates' {@code #{key}}s and the keys Kontext's own code uses.
     */
    void require(Map<String, Position> keys, Diagnostics diagnostics) {
        String first = bundles.keySet().iterator().next();
        keys.forEach((key, at) -> {
            if (!bundles.get(first).containsKey(key)) {
                diagnostics.error(at, "message-missing", "message '" + key + "' is used by " + at.file()
                        + " but missing in the message bundles", "add '" + key + "=...' to every messages_<lang>.properties");
            }
        });
    }

    /**
     * The message in a language, formatted with {@code args}. Every key a build asks for was checked
     * when the project was loaded ({@link #require}); a key that is still missing is a bug.
     */
    public String get(String language, String key, Object... args) {
        String pattern = bundles.get(language).get(key);
        if (pattern == null) {
            throw new IllegalStateException("message '" + key + "' was not checked when the project was loaded");
        }
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        MessageFormat format = formats.computeIfAbsent(language + "\u0000" + key,
                k -> new MessageFormat(pattern, locales.get(language).locale()));
        // a MessageFormat is not safe for threads: each use formats with its own copy
        return ((MessageFormat) format.clone()).format(args);
    }

    /** Parsed patterns by language and key, parsed once per build. */
    private final Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    public boolean has(String language, String key) {
        return bundles.get(language).containsKey(key);
    }
}
