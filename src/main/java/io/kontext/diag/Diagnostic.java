package io.kontext.diag;

import java.util.Objects;

/**
 * One problem in the user's project.
 *
 * @param severity how bad it is
 * @param position where it is
 * @param message what is wrong, in one sentence
 * @param hint what to do about it, or {@code null}
 * @param code a short stable name of the rule (for example {@code parity}), used in tests and docs
 * @param subject what it is about, where that is one language's text of one item; {@link Subject#NONE} otherwise
 */
public record Diagnostic(Severity severity, Position position, String message, String hint, String code,
        Subject subject) implements Comparable<Diagnostic> {

    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(position);
        Objects.requireNonNull(message);
        Objects.requireNonNull(code);
        Objects.requireNonNull(subject);
    }

    public Diagnostic(Severity severity, Position position, String message, String hint, String code) {
        this(severity, position, message, hint, code, Subject.NONE);
    }

    /**
     * The item a problem is about and the language of its words, for those that are counted
     * ({@code kontext status}: which language lacks what): an event without an English text, a
     * block of the article whose Swedish translation is stale.
     *
     * @param kind what the item is: event, figure, term, category, section, block
     * @param language the language code, or null
     * @param item the item's id, or null
     */
    public record Subject(String kind, String language, String item) {
        public static final Subject NONE = new Subject(null, null, null);
    }

    /** The first line as printed: {@code path:line:col: error: message [code]}. */
    public String headline() {
        return position + ": " + severity.label() + ": " + message + " [" + code + "]";
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = position.compareTo(o.position);
        if (c != 0) {
            return c;
        }
        c = code.compareTo(o.code);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
