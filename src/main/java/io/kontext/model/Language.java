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

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether {@code other} is this language: languages are compared by their codes. */
    public boolean is(Language other) {
        return other != null && code.equals(other.code);
    }
}
