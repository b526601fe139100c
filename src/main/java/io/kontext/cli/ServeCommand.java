package io.kontext.cli;

import io.kontext.load.Project;
import io.kontext.serve.DevServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site and serve it on this machine; rebuild it whenever a file under site/, "
                + "templates/ or seeds/ changes. Open pages reload by themselves and show build errors. "
                + "Stop with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "N", description = "The port to listen on (default: ${DEFAULT-VALUE}); "
            + "if it is busy, a free one is taken.")
    int port = 1313;

    @Option(names = "--host", paramLabel = "HOST", description = "The address to listen on (default: "
            + "${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        if (!Files.isRegularFile(new Project(common.project).siteYaml())) {
            // not a project: report it as every command does, and do not start watching nothing
            return RunSupport.run(common, Optional.empty(), err, Map.of());
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--host " + host + " is not an address of "
                    + "this machine");
        }
        DevServer server = new DevServer(new DevServer.Settings(common.project, host, port, common.lenient,
                common.baseUrl(), DevServer.Settings.QUIET), build -> report(build, out, err));
        Thread stop = new Thread(server::close, "kontext-serve-stop");
        try {
            URI site = server.start();
            if (!address.isLoopbackAddress()) {
                err.println("warning: listening on " + host + ", so other machines can reach the preview; it is "
                        + "meant for this machine (leave out --host to listen on 127.0.0.1 only)");
            }
            if (port != 0 && server.port() != port) {
                out.println("port " + port + " is busy; using " + server.port());
            }
            out.println("Serving " + site);
            out.println("Preview pages (embeds, languages side by side): " + server.previewUrl());
            out.println("Watching site/, templates/ and seeds/. Press Ctrl+C to stop.");
            out.flush();
            err.flush();
            Runtime.getRuntime().addShutdownHook(stop);
            server.awaitClose();
        } catch (IOException e) {
            err.println("error: cannot serve on " + host + ":" + port + ": " + e.getMessage());
            err.flush();
            return ExitCode.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running
            }
        }
        return ExitCode.OK;
    }

    private void report(DevServer.Build build, PrintWriter out, PrintWriter err) {
        new DiagnosticPrinter(err).print(build.diagnostics());
        if (common.verbose) {
            build.bug().ifPresent(e -> e.printStackTrace(err));
        }
        String ms = build.took().toMillis() + " ms" + changed(build.changed());
        if (build.ok()) {
            String first = build.first().map(o -> "rebuilt: open " + (o.pages() == 1 ? "page" : o.pages() + " pages")
                    + " shown in " + o.took().toMillis() + " ms, whole site in ").orElse("rebuilt in ");
            out.println((build.number() == 1 ? "built in " : first) + ms);
        } else {
            err.println("build failed in " + ms + "; open pages show the problems until they are fixed");
        }
        out.flush();
        err.flush();
    }

    private static String changed(List<String> files) {
        if (files.isEmpty()) {
            return "";
        }
        return " (" + files.get(0) + (files.size() > 1 ? " and " + (files.size() - 1) + " more" : "") + ")";
    }
}
