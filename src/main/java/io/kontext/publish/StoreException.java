package io.kontext.publish;

/**
 * A store could not do what it was asked, said in words for the user: which target, what went
 * wrong, what to do about it.
 */
final class StoreException extends RuntimeException {

    /** What kind of failure: the store could not be reached, refused the credentials, or has no such bucket. */
    enum Kind {
        UNREACHABLE, REFUSED, NO_BUCKET, FAILED
    }

    private final Kind kind;
    private final String hint;

    StoreException(Kind kind, String message, String hint, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.hint = hint;
    }

    Kind kind() {
        return kind;
    }

    String hint() {
        return hint;
    }
}
