package io.kontext.cli;

/** Kontext's exit codes. Fixed numbers: scripts and CI depend on them. */
public final class ExitCode {

    public static final int OK = 0;
    /** The project has problems, each reported with its position. */
    public static final int CONTENT = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** A bug in Kontext. */
    public static final int INTERNAL = 3;
    /** {@code kontext publish}: the target could not be reached, refused, or the publish broke off. */
    public static final int PUBLISH = 4;

    private ExitCode() {
    }
}
