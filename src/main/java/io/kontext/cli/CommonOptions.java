package io.kontext.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command that reads a project takes. */
final class CommonOptions {

    @Option(names = "--project", paramLabel = "DIR", description = "The project folder (default: the current folder).")
    Path project = Path.of("");

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address the site is published at; replaces baseUrl of site/site.yaml.")
    String baseUrl;

    @Option(names = "--lenient", description = "Let warnings pass (errors still fail). Meant for drafts.")
    boolean lenient;

    @Option(names = "--timings", description = "Print how long each stage took (load, render, check, publish, "
            + "write).")
    boolean timings;

    @Option(names = "--verbose", description = "Print a stack trace when Kontext itself fails.")
    boolean verbose;

    Optional<String> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }
}
