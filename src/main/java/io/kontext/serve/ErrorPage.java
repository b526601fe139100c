package io.kontext.serve;

import io.kontext.diag.Diagnostic;
import io.kontext.diag.Diagnostics;
import io.kontext.diag.Severity;
import io.kontext.diag.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The page every open page turns into when a build fails: each diagnostic as the terminal prints
 * it ({@code file:line:col: error: message [code]}, the offending line with a caret under the
 * column, the hint), every character escaped, since a source line may hold anything.
 */
final class ErrorPage {

    /** One diagnostic: its first line, and the lines under it (the quoted source, the hint). */
    record Problem(String severity, String headline, String details) {
    }

    private final DevPages pages;

    ErrorPage(DevPages pages) {
        this.pages = pages;
    }

    String render(Diagnostics diagnostics) {
        List<Problem> problems = new ArrayList<>();
        for (Diagnostic d : diagnostics.all()) {
            problems.add(new Problem(d.severity().label(), d.headline(), details(d, diagnostics)));
        }
        return pages.render("error", Map.of("problems", problems, "errors", diagnostics.count(Severity.ERROR),
                "warnings", diagnostics.count(Severity.WARNING)));
    }

    /** The lines DiagnosticPrinter prints under the headline, in the same layout. */
    static String details(Diagnostic d, Diagnostics diagnostics) {
        StringBuilder out = new StringBuilder();
        SourceText source = diagnostics.source(d.position().file());
        if (source != null && d.position().line() > 0) {
            String line = source.line(d.position().line());
            String number = String.valueOf(d.position().line());
            out.append("\n  ").append(" ".repeat(Math.max(0, 4 - number.length()))).append(number).append(" | ")
                    .append(line);
            if (d.position().column() > 0) {
                String lead = line.substring(0, Math.min(line.length(), d.position().column() - 1))
                        .replaceAll("[^\\t]", " ");
                out.append("\n  ").append(" ".repeat(Math.max(4, number.length()))).append(" | ").append(lead)
                        .append('^');
            }
        }
        if (d.hint() != null) {
            out.append("\n  hint: ").append(d.hint());
        }
        return out.toString();
    }
}
