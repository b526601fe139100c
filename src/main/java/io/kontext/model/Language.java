package io.kontext.model;

import java.util.Locale;

/**
 * A language of the site, as declared in {@code site.yaml}: languages are data, so a third one
 * costs a line of configuration, a message bundle and translations, not code. Two languages are
 * the same when their codes are.
 *
 * @param code the code used in URLs, {@code lang} and data files ({@code sv})
 * @param locale the locale for dates and numbers ({@code sv-SE})
 * @param name the language's name in itself ({@code Svenska})
 * @param direction the writing direction
 */
public record Language(String code, Locale locale, String name, Direction direction) {

    /** The writing direction, as HTML's {@code dir} attribute names it. */
    public enum Direction {
        LTR, RTL;

        /**
         * Languages written right to left, by ISO 639 code: Arabic, Aramaic, Central Kurdish, Dhivehi,
         * Persian, Hebrew (and its old code), Yiddish (and its old code), Kashmiri, Pashto, Sindhi,
         * Syriac, Uyghur and Urdu. Any other is taken as left to right.
         */
        private static final java.util.Set<String> RIGHT_TO_LEFT = java.util.Set.of("ar", "arc", "ckb", "dv", "fa",
                "he", "iw", "yi", "ji", "ks", "ps", "sd", "syr", "ug", "ur");

        /**
         * The usual direction of a language, by its code or a locale tag ({@code ar}, {@code fa-IR}):
         * what a language's {@code direction} is when {@code site.yaml} does not say, and the
         * direction of a source written in a language the site is not in.
         */
        public static Direction of(String language) {
            if (language == null) {
                return LTR;
            }
            String code = language.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
            return RIGHT_TO_LEFT.contains(code) ? RTL : LTR;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether {@code other} is this language: languages are compared by their codes. */
    public boolean is(Language other) {
        return other != null && code.equals(other.code);
    }
}
