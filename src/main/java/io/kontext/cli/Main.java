package io.kontext.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kontext}: the entry point. */
@Command(name = "kontext", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds bilingual newsroom explainers from a news article and the files under site/.",
        subcommands = {BuildCommand.class, CheckCommand.class, PublishCommand.class, NewCommand.class, StatusCommand.class,
            ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the project has errors (each reported with file:line:col)",
            "2:usage error", "3:internal error in Kontext"})
public final class Main implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, check, publish, serve, new or status");
    }

    public static void main(String[] args) {
        // social cards are drawn with Java2D, which must never look for a display
        System.setProperty("java.awt.headless", "true");
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Throwable t) {
            // an Error (out of memory, stack overflow) is not caught by picocli's handler
            System.err.println("internal error: " + t);
            if (java.util.Arrays.asList(args).contains("--verbose")) {
                t.printStackTrace();
            } else {
                System.err.println("This is a bug in Kontext. Run again with --verbose for the stack trace and report it.");
            }
            code = ExitCode.INTERNAL;
        }
        System.exit(code);
    }

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("internal error: " + e);
            if (parseResult.expandedArgs().contains("--verbose")) {
                e.printStackTrace(err);
            } else {
                err.println("This is a bug in Kontext. Run again with --verbose for the stack trace and report it.");
            }
            err.flush();
            return ExitCode.INTERNAL;
        });
        return cl;
    }

    /** The version from the jar's build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/io/kontext/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"kontext " + p.getProperty("version", "unknown")};
        }
    }
}
