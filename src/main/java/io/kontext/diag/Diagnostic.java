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
 */
public record Diagnostic(Severity severity, Position position, String message, String hint, String code)
        implements Comparable<Diagnostic> {

    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(position);
        Objects.requireNonNull(message);
        Objects.requireNonNull(code);
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
