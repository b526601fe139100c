package io.kontext.cli;

import io.kontext.load.Project;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into the output folder. The previous output is replaced only if the "
                + "whole build succeeds.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the site (default: target/site in the "
            + "project).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path target = out != null ? out : new Project(common.project).defaultOutput();
        return RunSupport.run(common, Optional.of(target), spec.commandLine().getErr(), System.getenv());
    }
}
