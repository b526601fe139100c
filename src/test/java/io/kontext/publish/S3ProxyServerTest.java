package io.kontext.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 server of the publish tests does what they rely on: objects keep the headers a published
 * page is served with, a listing gives keys, sizes and ETags (the MD5 of the body), the server can be
 * killed mid-way and started again with its objects, and wrong keys and missing buckets give S3's
 * errors.
 */
class S3ProxyServerTest {

    @TempDir
    static Path tmp;

    static S3ProxyServer server;

    @BeforeAll
    static void startServer() {
        server = S3ProxyServer.start(tmp.resolve("s3"));
        System.out.println(server + " answered after " + server.lastStartUp().toMillis() + " ms");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * The headers a page is published with come back on HEAD and GET, from both filesystem blob
     * stores; the older one also lists its folders as objects, which is why the harness uses
     * filesystem-nio2.
     */
    @ParameterizedTest
    @ValueSource(strings = {"filesystem-nio2", "filesystem"})
    void objectsKeepTheirHeadersAndMetadata(String provider) {
        S3ProxyServer s = "filesystem-nio2".equals(provider) ? server
                : S3ProxyServer.start(tmp.resolve("s3-" + provider), provider);
        try {
            S3Client s3 = s.client();
            s3.createBucket(b -> b.bucket("headers"));
            byte[] body = gzip("<!doctype html><title>Hej</title><p>Hej världen</p>");
            PutObjectResponse put = s3.putObject(p -> p.bucket("headers").key("sv/index.html")
                    // "charset=utf-8" would fail: see contentTypesJettyRewrites
                    .contentType("text/html; charset=UTF-8")
                    .cacheControl("public, max-age=300")
                    .contentLanguage("sv")
                    .contentEncoding("gzip")
                    .metadata(Map.of("kontext-sha256", "abc123", "kontext-source", "site/sv/index.md")),
                    RequestBody.fromBytes(body));
            String md5 = '"' + md5(body) + '"';
            assertThat(put.eTag()).as("PUT ETag").isEqualTo(md5);

            HeadObjectResponse head = s3.headObject(h -> h.bucket("headers").key("sv/index.html"));
            ResponseBytes<GetObjectResponse> get = s3.getObjectAsBytes(g -> g.bucket("headers").key("sv/index.html"));
            System.out.println(provider + " HEAD: " + head);
            assertThat(get.asByteArray()).as("the body, as stored (not decompressed)").isEqualTo(body);
            Map<String, Object> expected = expected(body.length, md5);
            assertThat(headers(head)).as(provider + " HEAD").containsExactlyEntriesOf(expected);
            assertThat(headers(get.response())).as(provider + " GET").containsExactlyEntriesOf(expected);

            var keys = s3.listObjectsV2(l -> l.bucket("headers")).contents().stream().map(S3Object::key).toList();
            assertThat(keys).as(provider + " listing").containsExactlyElementsOf(
                    "filesystem".equals(provider) ? List.of("sv/", "sv/index.html") : List.of("sv/index.html"));
        } finally {
            if (s != server) {
                s.close();
            }
        }
    }

    /**
     * S3Proxy's Jetty rewrites some Content-Type values before S3Proxy checks the signature (a
     * case-insensitive header cache) and again when it answers. Pinned here so that a newer S3Proxy
     * that stops doing it is noticed: {@code rejected} means 403 SignatureDoesNotMatch.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/html; charset=utf-8                    | rejected",
        "text/html;charset=utf-8                     | rejected",
        "text/html; charset=UTF-8                    | text/html;charset=utf-8",
        "text/html                                   | text/html",
        "text/plain; charset=utf-8                   | rejected",
        "text/plain; charset=UTF-8                   | text/plain;charset=utf-8",
        "application/json; charset=utf-8             | rejected",
        "text/xml; charset=utf-8                     | rejected",
        "text/css; charset=utf-8                     | text/css; charset=utf-8",
        "text/javascript; charset=utf-8              | text/javascript; charset=utf-8",
        "application/xml; charset=utf-8              | application/xml; charset=utf-8",
        "application/manifest+json                   | application/manifest+json",
        "text/csv; charset=utf-8                     | text/csv; charset=utf-8",
        "image/svg+xml                               | image/svg+xml",
        "font/woff2                                  | font/woff2",
    })
    void contentTypesJettyRewrites(String sent, String served) {
        S3Client s3 = server.client();
        if (!s3.listBuckets().buckets().stream().anyMatch(b -> b.name().equals("types"))) {
            s3.createBucket(b -> b.bucket("types"));
        }
        Throwable refused = catchThrowable(() -> s3.putObject(p -> p.bucket("types").key("file").contentType(sent),
                RequestBody.fromString("x")));
        if ("rejected".equals(served)) {
            assertThat(refused).isExactlyInstanceOf(S3Exception.class);
            S3Exception e = (S3Exception) refused;
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
        } else {
            assertThat(refused).isNull();
            assertThat(s3.headObject(h -> h.bucket("types").key("file")).contentType()).isEqualTo(served);
        }
    }

    private static Map<String, Object> expected(long length, String eTag) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Content-Type", "text/html;charset=utf-8"); // as served: see contentTypesJettyRewrites
        m.put("Cache-Control", "public, max-age=300");
        m.put("Content-Language", "sv");
        m.put("Content-Encoding", "gzip");
        m.put("Content-Length", length);
        m.put("ETag", eTag);
        m.put("metadata", Map.of("kontext-sha256", "abc123", "kontext-source", "site/sv/index.md"));
        return m;
    }

    private static Map<String, Object> headers(HeadObjectResponse r) {
        return headers(r.contentType(), r.cacheControl(), r.contentLanguage(), r.contentEncoding(),
                r.contentLength(), r.eTag(), r.metadata());
    }

    private static Map<String, Object> headers(GetObjectResponse r) {
        return headers(r.contentType(), r.cacheControl(), r.contentLanguage(), r.contentEncoding(),
                r.contentLength(), r.eTag(), r.metadata());
    }

    private static Map<String, Object> headers(String type, String cache, String language, String encoding,
            Long length, String eTag, Map<String, String> metadata) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Content-Type", type);
        m.put("Cache-Control", cache);
        m.put("Content-Language", language);
        m.put("Content-Encoding", encoding);
        m.put("Content-Length", length);
        m.put("ETag", eTag);
        m.put("metadata", metadata);
        return m;
    }

    /** A listing gives every key with its size and, for a single PUT, the hex MD5 of the body in quotes. */
    @Test
    void listingGivesKeysSizesAndMd5ETags() {
        S3Client s3 = server.client();
        s3.createBucket(b -> b.bucket("listing"));
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("en/index.html", "<p>Hello</p>");
        bodies.put("en/data/table.csv", "a,b\n1,2\n");
        bodies.put("sv/förklaring med mellanslag.html", "<p>Hej</p>");
        bodies.put("empty.txt", "");
        bodies.forEach((key, body) -> s3.putObject(p -> p.bucket("listing").key(key), RequestBody.fromString(body)));

        ListObjectsV2Response list = s3.listObjectsV2(l -> l.bucket("listing"));
        System.out.println("listing: " + list.contents());
        assertThat(list.isTruncated()).isFalse();
        assertThat(list.contents()).extracting(S3Object::key).containsExactlyInAnyOrderElementsOf(bodies.keySet());
        for (S3Object o : list.contents()) {
            byte[] body = bodies.get(o.key()).getBytes(StandardCharsets.UTF_8);
            assertThat(o.size()).as(o.key()).isEqualTo(body.length);
            assertThat(o.eTag()).as(o.key()).isEqualTo('"' + md5(body) + '"');
        }
        assertThat(s3.listObjectsV2(l -> l.bucket("listing").prefix("en/")).contents()).extracting(S3Object::key)
                .containsExactlyInAnyOrder("en/index.html", "en/data/table.csv");
    }

    /** Killed, the server refuses connections; started again on the same port, it has its objects. */
    @Test
    void stoppedServerRefusesConnectionsAndKeepsItsObjectsWhenStartedAgain() {
        S3Client s3 = server.client();
        s3.createBucket(b -> b.bucket("restart"));
        s3.putObject(p -> p.bucket("restart").key("style.css").contentType("text/css; charset=utf-8")
                .cacheControl("no-cache"), RequestBody.fromString("<p>kept</p>"));
        int port = server.port();

        server.stop();
        assertThat(server.running()).isFalse();
        long before = System.nanoTime();
        Throwable refused = catchThrowable(() -> s3.headObject(h -> h.bucket("restart").key("style.css")));
        long millis = (System.nanoTime() - before) / 1_000_000;
        System.out.println("stopped server, after " + millis + " ms (retries included): " + chain(refused));
        assertThat(refused).isExactlyInstanceOf(SdkClientException.class).hasRootCauseInstanceOf(ConnectException.class);

        server.start();
        System.out.println("started again after " + server.lastStartUp().toMillis() + " ms");
        assertThat(server.output()).as("the output of this start only").doesNotContain("Exception");
        assertThat(server.port()).isEqualTo(port);
        assertThat(s3.getObjectAsBytes(g -> g.bucket("restart").key("style.css")).asUtf8String())
                .isEqualTo("<p>kept</p>");
        HeadObjectResponse head = s3.headObject(h -> h.bucket("restart").key("style.css"));
        assertThat(head.contentType()).isEqualTo("text/css; charset=utf-8");
        assertThat(head.cacheControl()).isEqualTo("no-cache");
        assertThat(Files.isDirectory(server.data().resolve("restart"))).as("a bucket is a folder").isTrue();
    }

    /**
     * Killed while an upload is half sent (as a publish's connection can drop): the SDK gives up
     * with an SdkClientException after its retries, and once started again the server has no trace
     * of the half-sent object, only what was stored before.
     */
    @Test
    void serverKilledMidUploadKeepsNoHalfObject() throws Exception {
        S3Client s3 = server.client();
        s3.createBucket(b -> b.bucket("dropped"));
        s3.putObject(p -> p.bucket("dropped").key("before.html"), RequestBody.fromString("<p>before</p>"));
        byte[] big = new byte[4 << 20];
        new java.util.Random(1).nextBytes(big);
        CountDownLatch halfSent = new CountDownLatch(1);
        CountDownLatch killed = new CountDownLatch(1);
        RequestBody body = RequestBody.fromContentProvider(() -> new FilterInputStream(new ByteArrayInputStream(big)) {
            long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                // the SDK reads the body once to sign it, then again to send it: pause the second
                // read, on the HTTP connection, half-way
                if (read > big.length / 2 && halfSent.getCount() > 0 && sending()) {
                    halfSent.countDown();
                    await(killed);
                }
                int n = super.read(b, off, len);
                read += Math.max(n, 0);
                return n;
            }
        }, big.length, "application/octet-stream");
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<?> upload = executor.submit(() -> s3.putObject(p -> p.bucket("dropped").key("big.bin"), body));
            assertThat(halfSent.await(60, TimeUnit.SECONDS)).as("the upload got half-way").isTrue();
            server.stop();
            killed.countDown();
            Throwable dropped = catchThrowable(() -> upload.get(60, TimeUnit.SECONDS));
            assertThat(dropped).isInstanceOf(ExecutionException.class);
            System.out.println("killed mid-upload: " + chain(dropped.getCause()));
            assertThat(dropped.getCause()).isExactlyInstanceOf(SdkClientException.class);
        } finally {
            executor.shutdownNow();
        }

        server.start();
        assertThat(s3.listObjectsV2(l -> l.bucket("dropped")).contents()).extracting(S3Object::key)
                .containsExactly("before.html");
        try (var files = Files.walk(server.data().resolve("dropped"))) {
            System.out.println("files after restart: " + files.map(f -> server.data().relativize(f)).toList());
        }
    }

    private static boolean sending() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                f -> f.getClassName().startsWith("software.amazon.awssdk.http.urlconnection.")));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A wrong secret key and an unknown access key are told apart: 403 with two different codes. */
    @Test
    void wrongKeysGive403() {
        server.client().createBucket(b -> b.bucket("keys"));
        try (S3Client wrongSecret = server.client(S3ProxyServer.IDENTITY, "not-the-credential");
                S3Client unknownKey = server.client("someone-else", S3ProxyServer.CREDENTIAL)) {
            S3Exception badSecret = (S3Exception) catchThrowable(() -> wrongSecret.putObject(
                    p -> p.bucket("keys").key("a.html"), RequestBody.fromString("a")));
            S3Exception badKey = (S3Exception) catchThrowable(() -> unknownKey.putObject(
                    p -> p.bucket("keys").key("a.html"), RequestBody.fromString("a")));
            S3Exception badSecretList = (S3Exception) catchThrowable(() -> wrongSecret.listObjectsV2(l -> l.bucket("keys")));
            S3Exception badSecretHead = (S3Exception) catchThrowable(() -> wrongSecret.headObject(
                    h -> h.bucket("keys").key("a.html")));
            for (S3Exception e : new S3Exception[] {badSecret, badKey, badSecretList, badSecretHead}) {
                System.out.println("wrong keys: " + describe(e));
            }
            assertThat(badSecret.statusCode()).isEqualTo(403);
            assertThat(badSecret.getClass()).isEqualTo(S3Exception.class);
            assertThat(badSecret.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
            assertThat(badSecretList.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
            assertThat(badKey.statusCode()).isEqualTo(403);
            assertThat(badKey.awsErrorDetails().errorCode()).isEqualTo("InvalidAccessKeyId");
            assertThat(badSecretHead.statusCode()).as("HEAD: a status, no body to carry a code").isEqualTo(403);
        }
    }

    /** A bucket that does not exist: 404 NoSuchBucket (its own exception type) wherever a body can say so. */
    @Test
    void missingBucketGives404NoSuchBucket() {
        S3Client s3 = server.client();
        Throwable put = catchThrowable(() -> s3.putObject(p -> p.bucket("no-such-bucket").key("index.html"),
                RequestBody.fromString("x")));
        Throwable list = catchThrowable(() -> s3.listObjectsV2(l -> l.bucket("no-such-bucket")));
        Throwable headBucket = catchThrowable(() -> s3.headBucket(h -> h.bucket("no-such-bucket")));
        Throwable headObject = catchThrowable(() -> s3.headObject(h -> h.bucket("no-such-bucket").key("index.html")));
        for (Throwable e : new Throwable[] {put, list, headBucket, headObject}) {
            System.out.println("missing bucket: " + describe((S3Exception) e));
        }
        assertThat(put).isInstanceOf(NoSuchBucketException.class);
        assertThat(list).isInstanceOf(NoSuchBucketException.class);
        for (Throwable e : new Throwable[] {put, list, headBucket, headObject}) {
            assertThat(((S3Exception) e).statusCode()).isEqualTo(404);
        }

        s3.createBucket(b -> b.bucket("keys-missing"));
        Throwable getKey = catchThrowable(() -> s3.getObject(g -> g.bucket("keys-missing").key("nothing.html")));
        Throwable headKey = catchThrowable(() -> s3.headObject(h -> h.bucket("keys-missing").key("nothing.html")));
        System.out.println("missing key: " + describe((S3Exception) getKey) + " / " + describe((S3Exception) headKey));
        assertThat(getKey).isInstanceOf(NoSuchKeyException.class);
        assertThat(headKey).isInstanceOf(NoSuchKeyException.class);
    }

    private static String describe(S3Exception e) {
        return e.getClass().getSimpleName() + " " + e.statusCode() + " "
                + (e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode()) + ": " + e.getMessage();
    }

    private static String chain(Throwable t) {
        StringBuilder s = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            s.append(s.length() == 0 ? "" : " <- ").append(c.getClass().getName()).append(": ").append(c.getMessage());
        }
        for (Throwable earlier : t.getSuppressed()) {
            s.append("\n  earlier attempt: ").append(chain(earlier));
        }
        return s.toString();
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String md5(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
