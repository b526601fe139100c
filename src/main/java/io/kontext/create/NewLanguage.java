package io.kontext.create;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * A language of a new project, with what {@code kontext new} writes for it: its locale, its name
 * in itself, and the words of the starting category and summary. Known codes come from
 * {@code languages.properties}; any other code gets its locale from the code and English words,
 * and {@code known} is false so that the files mark them for the editor to check.
 */
public record NewLanguage(String code, String locale, String name, String category, String summaryTitle,
        boolean known) {

    private static final Properties KNOWN = load();

    /** The languages of the codes, in order; the codes must have passed {@link #problem}. */
    public static List<NewLanguage> of(List<String> codes) {
        List<NewLanguage> out = new ArrayList<>();
        for (String code : codes) {
            String locale = KNOWN.getProperty(code + ".locale");
            if (locale != null) {
                out.add(new NewLanguage(code, locale, KNOWN.getProperty(code + ".name"),
                        KNOWN.getProperty(code + ".category"), KNOWN.getProperty(code + ".summary"), true));
            } else {
                Locale l = Locale.forLanguageTag(code);
                String name = l.getDisplayLanguage(l);
                name = name.isEmpty() || name.equals(code) ? code
                        : name.substring(0, 1).toUpperCase(l) + name.substring(1);
                out.add(new NewLanguage(code, code, name, KNOWN.getProperty("en.category"),
                        KNOWN.getProperty("en.summary"), false));
            }
        }
        return List.copyOf(out);
    }

    /** What is wrong with a list of language codes for a new project, if anything. */
    public static Optional<String> problem(List<String> codes) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!code.matches("[a-z]{2,3}")) {
                return Optional.of("'" + code + "' is not a language code: use two or three lower-case letters, as in sv,en");
            }
            if (!seen.add(code)) {
                return Optional.of("the language '" + code + "' is listed twice");
            }
        }
        if (codes.size() < 2) {
            return Optional.of("list the article's language and at least one translation, as in sv,en");
        }
        return Optional.empty();
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = NewLanguage.class.getResourceAsStream("languages.properties")) {
            if (in == null) {
                throw new IllegalStateException("languages.properties is missing from Kontext's class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
