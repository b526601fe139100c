package io.kontext.testing;

import io.kontext.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * A Kontext project in a temporary folder, made from a fixture under
 * {@code src/test/resources/projects/} plus the repository's default {@code templates/} (unless the
 * fixture has its own), which a test may then edit and build with the real command line.
 */
public final class TestProject {

    /** The repository root: tests run with it as the working directory. */
    public static final Path REPO = Path.of("").toAbsolutePath();

    private final Path root;

    private TestProject(Path root) {
        this.root = root;
    }

    /** The fixture, laid over a copy of the default templates (its own templates/ files win). */
    public static TestProject fixture(String name, Path tmp) {
        Path root = tmp.resolve(name);
        copyTree(REPO.resolve("templates"), root.resolve("templates"));
        copyTree(REPO.resolve("src/test/resources/projects").resolve(name), root);
        return new TestProject(root);
    }

    /** The shipped explainer (the repository's own site, templates and seed), copied. */
    public static TestProject shipped(Path tmp) {
        Path root = tmp.resolve("shipped");
        for (String dir : new String[] {"site", "templates", "seeds"}) {
            copyTree(REPO.resolve(dir), root.resolve(dir));
        }
        return new TestProject(root);
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestProject write(String relative, String content) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestProject writeBytes(String relative, byte[] content) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file; fails if it is not there. */
    public TestProject edit(String relative, String from, String to) {
        String text = read(relative);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(relative + " does not contain: " + from);
        }
        return write(relative, text.replace(from, to));
    }

    public TestProject delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code kontext <command> --project <root> <args>} in-process. */
    public Run run(String command, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = command;
        all[1] = "--project";
        all[2] = root.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Run.of(all);
    }

    public Run build(String... args) {
        return run("build", args);
    }

    /** The result of one command line run: exit code and what it printed. */
    public record Run(int exitCode, String out, String err) {
        public static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Run(code, out.toString(), err.toString());
        }
    }

    /** SHA-256 of every file under {@code dir}, by relative path. */
    public static Map<String, String> hashes(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                out.put(dir.relativize(p).toString().replace('\\', '/'), HexFormat.of().formatHex(d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Copies a folder with everything in it. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
