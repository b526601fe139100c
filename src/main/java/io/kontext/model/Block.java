package io.kontext.model;

import io.kontext.diag.Position;

/**
 * One block of the article: the headline, a subhead or a paragraph, in one language.
 *
 * @param id stable id, the same in every language ({@code headline}, {@code s1}, {@code p3})
 * @param hash the first ten hex digits of the SHA-256 of the original block's text; a translation
 *     records the hash it was made from, so a changed original shows as stale
 */
public record Block(String id, Kind kind, String text, String hash, Position position) {

    public enum Kind { HEADLINE, SUBHEAD, PARAGRAPH }
}
