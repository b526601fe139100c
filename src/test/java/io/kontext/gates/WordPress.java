package io.kontext.gates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kontext.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A WordPress of its own for a test, from Debian's packages, in a folder of the test's: MariaDB on
 * its own data folder, socket and loopback port; Apache with mod_php from its own configuration
 * file, on another loopback port; a copy of {@code /usr/share/wordpress} with its own
 * {@code wp-config.php} and the must-use plugin {@code kontext-test.php}; installed, with the
 * stock theme Twenty Twenty-Three and the given posts, by a PHP script without WP-CLI. Nothing
 * outside the folder is written, and {@link #close()} stops both servers by their pid files.
 */
final class WordPress implements AutoCloseable {

    static final Path SHARE = Path.of("/usr/share/wordpress");
    static final Path THEME = SHARE.resolve("wp-content/themes/twentytwentythree/theme.json");
    static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    static final Path APACHE = Path.of("/usr/sbin/apache2");
    static final Path MODULES = Path.of("/usr/lib/apache2/modules");
    static final Path PHP = Path.of("/usr/bin/php");
    static final Path SETSID = Path.of("/usr/bin/setsid");
    static final String PACKAGES = "wordpress wordpress-theme-twentytwentythree mariadb-server apache2 "
            + "libapache2-mod-php php-mysql";
    static final Path RESOURCES = TestProject.REPO.resolve("src/test/resources/wordpress");
    static final Duration START = Duration.ofSeconds(60);

    /** A post as an editor saved it: its slug (the permalink), title and content. */
    record Post(String slug, String title, String content) {
    }

    private final Path dir;
    private final List<Server> servers = new ArrayList<>();
    private final Thread hook = new Thread(this::stopAll, "wordpress-test-stop");
    private int port;
    private Map<String, String> links = Map.of();

    private WordPress(Path dir) {
        this.dir = dir;
    }

    /** A server started by the test: stopped by its pid file, then waited for. */
    private record Server(String name, Process process, Path pidFile) {
    }

    /**
     * Skips the test with one loud line saying what to install when a piece is missing; fails it
     * instead in CI ({@code CI=true}), so it can never pass by not running.
     */
    static void require() {
        List<String> missing = new ArrayList<>();
        for (Path p : List.of(MARIADBD, INSTALL_DB, APACHE, PHP, SETSID)) {
            if (!Files.isExecutable(p)) {
                missing.add(p.toString());
            }
        }
        for (Path p : List.of(SHARE.resolve("wp-settings.php"), THEME, MODULES.resolve("mod_mpm_prefork.so"),
                MODULES.resolve("mod_dir.so"), MODULES.resolve("mod_mime.so"), MODULES.resolve("mod_authz_core.so"))) {
            if (!Files.isRegularFile(p)) {
                missing.add(p.toString());
            }
        }
        if (phpModule().isEmpty()) {
            missing.add(MODULES.resolve("libphp*.so").toString());
        }
        if (!phpHasMysqli()) {
            missing.add("PHP's mysqli extension");
        }
        if (!missing.isEmpty()) {
            String message = "WORDPRESS TESTS NOT RUN: " + String.join(", ", missing) + " missing. Install with: "
                    + "sudo apt-get install " + PACKAGES;
            System.err.println(message);
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
    }

    private static Optional<Path> phpModule() {
        try (Stream<Path> list = Files.list(MODULES)) {
            return list.filter(p -> p.getFileName().toString().matches("libphp[0-9.]*\\.so")).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean phpHasMysqli() {
        try {
            Process p = new ProcessBuilder(PHP.toString(), "-r", "exit(extension_loaded('mysqli') ? 0 : 1);")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Installs and starts WordPress in {@code dir} (which must not exist yet), allowing it to fetch
     * oEmbed data from exactly {@code embedHost}:{@code embedPort}, with the posts.
     */
    static WordPress start(Path dir, String embedHost, int embedPort, List<Post> posts) {
        WordPress wp = new WordPress(dir);
        Runtime.getRuntime().addShutdownHook(wp.hook);
        try {
            wp.startAll(embedHost, embedPort, posts);
            return wp;
        } catch (IOException e) {
            throw wp.closeAfter(new UncheckedIOException(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw wp.closeAfter(new IllegalStateException(e));
        } catch (RuntimeException e) {
            throw wp.closeAfter(e);
        }
    }

    private RuntimeException closeAfter(RuntimeException failure) {
        try {
            close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private void startAll(String embedHost, int embedPort, List<Post> posts) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path logs = Files.createDirectories(dir.resolve("logs"));

        // MariaDB: its own data folder, socket and port; only this test connects, over loopback
        Path data = dir.resolve("mariadb");
        int dbPort = freePort();
        List<String> installDb = new ArrayList<>(List.of(INSTALL_DB.toString(), "--no-defaults", "--datadir=" + data,
                "--auth-root-authentication-method=normal", "--skip-test-db", "--skip-name-resolve"));
        if (root()) {
            installDb.add("--user=root");
        }
        run("mariadb-install-db", installDb, logs.resolve("mariadb-install-db.log"));
        List<String> mariadbd = new ArrayList<>(List.of(MARIADBD.toString(), "--no-defaults", "--datadir=" + data,
                "--socket=" + dir.resolve("mariadb.sock"), "--port=" + dbPort, "--bind-address=127.0.0.1",
                "--pid-file=" + dir.resolve("mariadb.pid"), "--log-error=" + logs.resolve("mariadb.err"),
                "--skip-grant-tables", "--skip-log-bin", "--innodb-buffer-pool-size=32M", "--max-connections=20"));
        if (root()) {
            mariadbd.add("--user=root");
        }
        startServer("mariadb", mariadbd, dir.resolve("mariadb.pid"), dbPort, logs.resolve("mariadb.err"));

        // WordPress: Debian's, copied, with a wp-config.php of its own and the must-use plugin
        Path www = dir.resolve("wordpress");
        run("cp", List.of("cp", "-a", SHARE.toString(), www.toString()), logs.resolve("cp.log"));
        port = freePort();
        Files.delete(www.resolve("wp-config.php"));
        Files.writeString(www.resolve("wp-config.php"), fill(read("wp-config.php"), Map.of("db_host",
                "127.0.0.1:" + dbPort, "home", "http://127.0.0.1:" + port, "salt", UUID.randomUUID().toString(),
                "embed_host", embedHost, "embed_port", Integer.toString(embedPort))));
        Path mu = Files.createDirectories(www.resolve("wp-content/mu-plugins"));
        Files.copy(RESOURCES.resolve("kontext-test.php"), mu.resolve("kontext-test.php"));

        Path postsFile = dir.resolve("posts.json");
        new ObjectMapper().writeValue(postsFile.toFile(), posts);
        String out = run("php install.php", List.of(PHP.toString(), "-d", "display_errors=stderr",
                RESOURCES.resolve("install.php").toString(), www.toString(), postsFile.toString(), "127.0.0.1",
                Integer.toString(dbPort)), logs.resolve("install.log"));
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        Map<String, String> found = new LinkedHashMap<>();
        json.fields().forEachRemaining(f -> found.put(f.getKey(), f.getValue().asText()));
        links = found;

        // Apache with mod_php; as root its workers run as www-data, so the folder must be readable
        Files.createDirectories(dir.resolve("apache/run"));
        Path conf = dir.resolve("apache/httpd.conf");
        Files.writeString(conf, fill(read("httpd.conf"), Map.of("port", Integer.toString(port), "dir",
                dir.resolve("apache").toString(), "wordpress", www.toString(), "php",
                phpModule().orElseThrow().toString(), "user", root() ? "User www-data\nGroup www-data" : "")));
        // in a session of its own: on stopping, Apache signals its whole process group, which
        // would otherwise be the test's JVM and Maven (setsid execs in place: the pid is Apache's)
        startServer("apache", List.of(SETSID.toString(), APACHE.toString(), "-f", conf.toString(), "-DFOREGROUND"),
                dir.resolve("apache/httpd.pid"), port, dir.resolve("apache/error.log"));
    }

    /** The permalink of the post with this slug. */
    String url(String slug) {
        String url = links.get(slug);
        if (url == null) {
            throw new IllegalArgumentException("no post " + slug + " in " + links.keySet());
        }
        return url;
    }

    String origin() {
        return "http://127.0.0.1:" + port;
    }

    /** What Apache and PHP logged at warning level or above (PHP's errors go to Apache's log). */
    String errors() {
        Path log = dir.resolve("apache/error.log");
        try {
            return Files.exists(log) ? String.join("\n", Files.readAllLines(log).stream()
                    .filter(l -> !l.contains(":notice]") && !l.contains(":info]")).toList()) : "";
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    @Override
    public void close() {
        stopAll();
        // the copy has symbolic links out of it (Debian's): deleted as links, nothing outside
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("WordPressIT: could not delete " + dir + ": " + e);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // already shutting down: the hook is running
        }
    }

    /** Stops Apache, then MariaDB, by their pid files, and waits for each; then checks none is left. */
    private synchronized void stopAll() {
        for (int i = servers.size() - 1; i >= 0; i--) {
            Server s = servers.get(i);
            try {
                long pid = Files.exists(s.pidFile()) ? Long.parseLong(Files.readString(s.pidFile()).trim())
                        : s.process().pid();
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
                if (!s.process().waitFor(30, TimeUnit.SECONDS)) {
                    System.err.println("WordPressIT: " + s.name() + " did not stop in 30 s; killed");
                    s.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (IOException | NumberFormatException e) {
                s.process().destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                s.process().destroyForcibly();
            }
        }
        servers.clear();
        // Apache's workers and anything else started from this folder: none may outlive the test
        List<ProcessHandle> left = ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(c -> c.contains(dir.toString())).orElse(false)).toList();
        for (ProcessHandle p : left) {
            System.err.println("WordPressIT: left over, killed: " + p.pid() + " " + p.info().commandLine().orElse(""));
            p.destroyForcibly();
        }
        if (!left.isEmpty()) {
            throw new IllegalStateException(left.size() + " processes of the test's WordPress outlived it");
        }
    }

    // --- processes

    private void startServer(String name, List<String> command, Path pidFile, int port, Path log)
            throws IOException, InterruptedException {
        Path out = dir.resolve("logs").resolve(name + ".out");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        servers.add(new Server(name, p, pidFile));
        Instant deadline = Instant.now().plus(START);
        while (!(Files.exists(pidFile) && accepts(port))) {
            if (!p.isAlive()) {
                throw new IllegalStateException(name + " did not start (exit " + p.exitValue() + "): " + tail(out)
                        + "\n" + tail(log));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " did not listen on " + port + " in " + START.toSeconds()
                        + " s: " + tail(out) + "\n" + tail(log));
            }
            Thread.sleep(50);
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        if (pid != p.pid()) {
            throw new IllegalStateException(name + " wrote the pid " + pid + " but runs as " + p.pid());
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs a command to its end; its output, or a failure with the output when it failed. */
    private static String run(String name, List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        var err = new java.util.concurrent.CompletableFuture<String>();
        Thread t = new Thread(() -> {
            try {
                err.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.complete(e.toString());
            }
        });
        t.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(name + " did not finish in 120 s");
        }
        t.join();
        Files.writeString(log, out + "\n--- stderr\n" + err.join());
        if (p.exitValue() != 0) {
            throw new IllegalStateException(name + " failed (exit " + p.exitValue() + "): " + out + "\n" + err.join());
        }
        return out;
    }

    private static String tail(Path log) {
        try {
            if (!Files.exists(log)) {
                return "(no " + log.getFileName() + ")";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String read(String resource) throws IOException {
        return Files.readString(RESOURCES.resolve(resource), StandardCharsets.UTF_8);
    }

    /** The text with each {@code {{name}}} replaced by its value; fails on any left. */
    private static String fill(String text, Map<String, String> values) {
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("{{" + v.getKey() + "}}", v.getValue());
        }
        if (text.contains("{{")) {
            throw new IllegalStateException("a value is missing in: " + text);
        }
        return text;
    }
}
