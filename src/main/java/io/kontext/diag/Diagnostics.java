package io.kontext.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects every diagnostic of a run, so that all of them can be reported together. Also keeps the
 * text of the files they point into, so a printer can show the offending line. Thread-safe: the
 * render stage reports from several threads.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();
    private final Map<String, SourceText> sources = new TreeMap<>();

    /** Adds a diagnostic; the same one twice (say, from the page of each language) is kept once. */
    public synchronized void report(Diagnostic d) {
        if (!items.contains(d)) {
            items.add(d);
        }
    }

    public void error(Position at, String code, String message, String hint) {
        report(new Diagnostic(Severity.ERROR, at, message, hint, code));
    }

    /** An error about one language's words of one item. */
    public void error(Position at, String code, String message, String hint, Diagnostic.Subject subject) {
        report(new Diagnostic(Severity.ERROR, at, message, hint, code, subject));
    }

    /** A warning about one language's words of one item. */
    public void warning(Position at, String code, String message, String hint, Diagnostic.Subject subject) {
        report(new Diagnostic(Severity.WARNING, at, message, hint, code, subject));
    }

    public void error(Position at, String code, String message) {
        error(at, code, message, null);
    }

    public void warning(Position at, String code, String message, String hint) {
        report(new Diagnostic(Severity.WARNING, at, message, hint, code));
    }

    public void notice(Position at, String code, String message, String hint) {
        report(new Diagnostic(Severity.NOTICE, at, message, hint, code));
    }

    /** Remembers a file's text so that diagnostics pointing into it can quote the line. */
    public synchronized void remember(SourceText text) {
        sources.put(text.path(), text);
    }

    public synchronized SourceText source(String path) {
        return sources.get(path);
    }

    /** All diagnostics, sorted by file, line, column: the order does not depend on threads. */
    public synchronized List<Diagnostic> all() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(null);
        return List.copyOf(copy);
    }

    public synchronized long count(Severity severity) {
        return items.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** True when the run must fail: any error, or any warning unless warnings are allowed. */
    public boolean blocks(boolean lenient) {
        return hasErrors() || (!lenient && count(Severity.WARNING) > 0);
    }
}
