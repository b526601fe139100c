package io.kontext.cli;

import io.kontext.diag.Diagnostic;
import io.kontext.diag.Diagnostics;
import io.kontext.diag.Severity;
import io.kontext.diag.SourceText;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics as terminals and editors understand them:
 * {@code path:line:col: error: message [code]}, then the offending line with a caret under the
 * column, then the hint; and a closing count.
 */
final class DiagnosticPrinter {

    private final PrintWriter err;

    DiagnosticPrinter(PrintWriter err) {
        this.err = err;
    }

    void print(Diagnostics diagnostics) {
        List<Diagnostic> all = diagnostics.all();
        for (Diagnostic d : all) {
            err.println(d.headline());
            SourceText source = diagnostics.source(d.position().file());
            if (source != null && d.position().line() > 0) {
                String line = source.line(d.position().line());
                String number = String.valueOf(d.position().line());
                err.println("  " + pad(number, 4) + " | " + line);
                if (d.position().column() > 0) {
                    String lead = line.substring(0, Math.min(line.length(), d.position().column() - 1))
                            .replaceAll("[^\\t]", " ");
                    err.println("  " + " ".repeat(Math.max(4, number.length())) + " | " + lead + "^");
                }
            }
            if (d.hint() != null) {
                err.println("  hint: " + d.hint());
            }
        }
        long errors = diagnostics.count(Severity.ERROR);
        long warnings = diagnostics.count(Severity.WARNING);
        if (errors + warnings > 0) {
            err.println(plural(errors, "error") + ", " + plural(warnings, "warning"));
        }
        err.flush();
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
