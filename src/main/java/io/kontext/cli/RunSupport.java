package io.kontext.cli;

import io.kontext.pipeline.Pipeline;
import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Runs the pipeline for a command and turns its outcome into output and an exit code. */
final class RunSupport {

    private RunSupport() {
    }

    static int run(CommonOptions common, Optional<Path> out, PrintWriter err, Map<String, String> env) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Instant> fileTime = sourceDateEpoch(env, diagnostics);
        if (diagnostics.hasErrors()) {
            new DiagnosticPrinter(err).print(diagnostics);
            return ExitCode.CONTENT;
        }
        Pipeline.Options options = Pipeline.Options.of(common.project, out.map(Pipeline.Target::folder)
                .orElse(Pipeline.Target.none())).baseUrl(common.baseUrl()).lenient(common.lenient).fileTime(fileTime);
        Pipeline.Result result = new Pipeline().run(options, diagnostics, ProgressLine.forTerminal(err, env));
        new DiagnosticPrinter(err).print(diagnostics);
        if (common.timings) {
            err.println("timings: " + result.times().summary());
            err.flush();
        }
        return result.ok() ? ExitCode.OK : ExitCode.CONTENT;
    }

    /** {@code SOURCE_DATE_EPOCH}: seconds since 1970, the time given to written files. */
    static Optional<Instant> sourceDateEpoch(Map<String, String> env, Diagnostics diagnostics) {
        String v = env.get("SOURCE_DATE_EPOCH");
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        if (!v.strip().matches("\\d{1,12}")) {
            diagnostics.error(Position.ofFile("SOURCE_DATE_EPOCH"), "environment",
                    "SOURCE_DATE_EPOCH is '" + v + "', not a number of seconds",
                    "set it to a Unix time such as $(git log -1 --format=%ct), or unset it");
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(v.strip())));
    }
}
