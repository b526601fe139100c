package io.kontext.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * A real S3 server for the publish tests: S3Proxy 2.6.0 as a child process on a free loopback port,
 * keeping buckets as folders under a given data folder, with a known identity (access key) and
 * credential (secret key).
 *
 * <p>The jar is copied to {@code target/s3proxy/s3proxy.jar} by Maven before the tests
 * (maven-dependency-plugin in the pom); it is never put on the test class path, its bundled
 * dependencies would clash. Without it the tests are skipped with one loud line saying how to fetch
 * it; in CI ({@code CI=true}) they fail instead, so they can never pass by not running.
 *
 * <p>{@link #stop()} kills the server (as a crash or a dropped connection would) and waits for the
 * process to end; {@link #start()} starts it again on the same port and data folder, and the objects
 * stored before are still there.
 */
public final class S3ProxyServer implements AutoCloseable {

    /** Where the pom's maven-dependency-plugin execution {@code s3proxy} copies the jar. */
    public static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");
    /**
     * A class data archive (AppCDS) of S3Proxy's classes beside the jar, which halves its start-up
     * (about 3.5 s to 1.9 s here). Recorded by the first server that is closed (an orderly exit: a
     * killed JVM writes none); a missing, older or unusable one only makes the start slower.
     */
    static final Path ARCHIVE = JAR.resolveSibling("s3proxy.jsa");
    public static final String IDENTITY = "local-identity";
    public static final String CREDENTIAL = "local-credential";
    public static final Region REGION = Region.US_EAST_1;

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path data;
    private final String provider;
    private final Path work;
    private final Path log;
    private int port;
    private Process process;
    private Duration lastStartUp;
    /** Where this server's JVM writes a class data archive when it exits, or null. */
    private Path recording;
    private S3Client client;
    private final Thread reaper = new Thread(this::kill, "s3proxy-reaper");

    private S3ProxyServer(Path data, String provider, Path work) {
        this.data = data;
        this.provider = provider;
        this.work = work;
        this.log = work.resolve("s3proxy.log");
    }

    /**
     * Starts S3Proxy with the {@code filesystem-nio2} blob store: buckets as folders under
     * {@code data}, objects as files with their metadata in extended attributes ({@code user.*}, so
     * the folder must be on a file system that has them, as ext4, xfs and btrfs do; checked). The older
     * {@code filesystem} store also lists every folder as an object ({@code en/}, size 4096, no ETag),
     * which S3 never does; S3Proxy 2.6.0 calls it deprecated.
     */
    public static S3ProxyServer start(Path data) {
        return start(data, "filesystem-nio2");
    }

    /**
     * Starts S3Proxy with the given jclouds blob store: {@code filesystem-nio2} or {@code filesystem}
     * (objects under {@code data}), or {@code transient} (in memory: the objects are lost on
     * {@link #stop()}).
     */
    public static S3ProxyServer start(Path data, String provider) {
        Path jar = JAR.toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            String message = "S3 PUBLISH TESTS NOT RUN: " + JAR + " is missing. "
                    + "Fetch it with: mvn process-test-resources (or any mvn test / mvn verify)";
            System.err.println(message);
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        S3ProxyServer server;
        try {
            Files.createDirectories(data);
            if (provider.startsWith("filesystem")
                    && !Files.getFileStore(data).supportsFileAttributeView(UserDefinedFileAttributeView.class)) {
                Assertions.fail("The file system of " + data + " has no extended attributes (user.*), where S3Proxy "
                        + "keeps each object's Content-Type, Cache-Control and metadata: use a folder on ext4, xfs or btrfs");
            }
            server = new S3ProxyServer(data.toAbsolutePath(), provider, Files.createTempDirectory("kontext-s3proxy"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(server.reaper);
        // a free port can be taken by another process between finding it and S3Proxy binding it:
        // then try another one
        for (int attempt = 1; ; attempt++) {
            server.port = freePort();
            try {
                server.start();
                return server;
            } catch (AssertionError e) {
                if (attempt == 3 || !server.output().contains("BindException")) {
                    server.close();
                    throw e;
                }
            }
        }
    }

    /**
     * Starts the server (again, after {@link #stop()}) on the same port and data folder, and
     * returns when it answers HTTP requests. Fails after 60 s, or when the process ends, with its
     * output in the message.
     */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("S3Proxy is already running on " + endpoint());
        }
        long started = System.nanoTime();
        try {
            Path conf = work.resolve("s3proxy.conf");
            Files.writeString(conf, String.join("\n",
                    "s3proxy.endpoint=" + endpoint(),
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + IDENTITY,
                    "s3proxy.credential=" + CREDENTIAL,
                    "jclouds.provider=" + provider,
                    "jclouds.filesystem.basedir=" + data,
                    // the blob store's own login: unused by the filesystem stores, but filesystem-nio2
                    // refuses to start without it
                    "jclouds.identity=" + IDENTITY,
                    "jclouds.credential=" + CREDENTIAL,
                    ""), StandardCharsets.UTF_8);
            Files.writeString(log, "", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC"));
            Path archive = ARCHIVE.toAbsolutePath();
            if (Files.isRegularFile(archive) && Files.getLastModifiedTime(archive)
                    .compareTo(Files.getLastModifiedTime(JAR.toAbsolutePath())) > 0) {
                command.add("-XX:SharedArchiveFile=" + archive);
            } else {
                recording = work.resolve("s3proxy.jsa");
                command.add("-XX:ArchiveClassesAtExit=" + recording);
            }
            command.addAll(List.of(
                    // logback's own start-up report, a screen of INFO lines on every start
                    "-Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener",
                    "-jar", JAR.toAbsolutePath().toString(), "--properties", conf.toString()));
            process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = started + START_TIMEOUT.toNanos();
        while (!answers()) {
            if (!process.isAlive()) {
                Assertions.fail("S3Proxy ended with exit code " + process.exitValue()
                        + " before answering on " + endpoint() + ". Its output:\n" + output());
            }
            if (System.nanoTime() > deadline) {
                kill();
                Assertions.fail("S3Proxy did not answer on " + endpoint() + " within " + START_TIMEOUT.toSeconds()
                        + " s. Its output:\n" + output());
            }
            try {
                Thread.sleep(25); // between two polls, not a guess at the start-up time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new IllegalStateException("interrupted while waiting for S3Proxy", e);
            }
        }
        lastStartUp = Duration.ofNanos(System.nanoTime() - started);
    }

    /** True when an HTTP request to the endpoint gets any response (S3Proxy gives 403 to anonymous GET /). */
    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint().toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() > 0;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Kills the server (SIGKILL: no orderly shutdown, open connections drop) and waits for it to end. */
    public synchronized void stop() {
        kill();
    }

    private void kill() {
        Process p = process;
        if (p == null) {
            return;
        }
        p.destroyForcibly();
        try {
            if (!p.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("S3Proxy (pid " + p.pid() + ") did not end within "
                        + STOP_TIMEOUT.toSeconds() + " s of being killed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    /** {@code http://127.0.0.1:<port>}, the same across {@link #stop()} and {@link #start()}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public String identity() {
        return IDENTITY;
    }

    public String credential() {
        return CREDENTIAL;
    }

    /** The data folder: one folder per bucket, one file per object (the filesystem blob stores). */
    public Path data() {
        return data;
    }

    /** From launching the process to its first HTTP response, for the latest {@link #start()}. */
    public Duration lastStartUp() {
        return lastStartUp;
    }

    /** What the process wrote (stdout and stderr) since the latest {@link #start()}. */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /**
     * A client with the server's identity and credential, for the tests to create buckets and read
     * objects and their metadata back; the same one on every call, closed by {@link #close()}. It
     * still works after {@link #stop()} and {@link #start()}.
     */
    public synchronized S3Client client() {
        if (client == null) {
            client = client(IDENTITY, CREDENTIAL);
        }
        return client;
    }

    /**
     * A new client for this server with other keys (the caller closes it).
     *
     * <p>Two settings S3Proxy 2.6.0 needs, both harmless against AWS S3 (so {@code kontext publish}
     * can use them too): with the SDK's defaults since 2.30 a PutObject over http:// is sent
     * aws-chunked with a trailing CRC32 checksum, which S3Proxy refuses (400
     * XAmzContentSHA256Mismatch); with checksums only when required but chunked encoding still on,
     * S3Proxy stores {@code aws-chunked} into the object's Content-Encoding ({@code gzip,aws-chunked});
     * with chunked encoding off but the default checksums, it answers 501 NotImplemented for the
     * {@code x-amz-checksum-crc32} header. With both, the body is signed whole and stored as sent.
     *
     * <p>S3Proxy's Jetty also rewrites some Content-Type values (a case-insensitive header cache):
     * {@code text/html; charset=utf-8} arrives as {@code text/html; charset=UTF-8}, so a request
     * signed with the former fails with 403 SignatureDoesNotMatch; {@code text/html; charset=UTF-8}
     * is stored as sent and served as {@code text/html;charset=utf-8}. The same for text/plain,
     * text/xml, application/json and application/x-www-form-urlencoded with a charset; text/css,
     * text/javascript, application/xml, image/* and the rest pass unchanged (S3ProxyServerTest).
     */
    public S3Client client(String identity, String credential) {
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .endpointOverride(endpoint())
                .forcePathStyle(true)
                .region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(identity, credential)))
                .build();
    }

    /** Stops the server, closes the client and removes the configuration (not the data folder). */
    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (recording != null && running()) {
            keepArchive();
        }
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        try (var walk = Files.walk(work)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    /** Ends the JVM in order (SIGTERM), so that it writes its class data archive, and keeps that. */
    private void keepArchive() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || !Files.isRegularFile(recording)) {
                return;
            }
            Path archive = ARCHIVE.toAbsolutePath();
            Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid());
            Files.copy(recording, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // start-up stays slower, nothing else
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "S3Proxy " + provider + " on " + endpoint() + " (data " + data + ")";
    }
}
