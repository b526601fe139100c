package io.kontext.model;

import java.util.Locale;

/**
 * A language of the site, as declared in {@code site.yaml}: languages are data, so a third one
 * costs a line of configuration, a message bundle and translations, not code.
 *
 * @param code the code used in URLs, {@code lang} and data files ({@code sv})
 * @param locale the locale for dates and numbers ({@code sv-SE})
 * @param name the language's name in itself ({@code Svenska})
 * @param direction {@code ltr} or {@code rtl}
 */
public record Language(String code, Locale locale, String name, String direction) {
}
