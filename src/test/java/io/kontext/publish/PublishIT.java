package io.kontext.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.cli.ExitCode;
import io.kontext.diag.Position;
import io.kontext.model.PublishTarget;
import io.kontext.testing.TestProject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code kontext publish} against a real S3 server, S3Proxy (started by the tests on loopback, with
 * a filesystem store), read back through the S3 API: the first publish uploads the site with each
 * object's headers, a second uploads nothing, an edit uploads only what it changed, a removed page
 * goes last, a dry run changes nothing; during a publish every page a reader can load finds what
 * it refers to; a publish broken off by the server going away leaves a whole site that the next
 * publish finishes; refused credentials, a missing bucket and an unreachable store are one error
 * naming the target, with nothing uploaded.
 *
 * <p>The credentials reach Kontext through the AWS chain's system properties ({@code
 * aws.accessKeyId}, {@code aws.secretAccessKey}), as environment variables would in real use.
 */
class PublishIT {

    static final String BUCKET = "explainers";
    static final String PREFIX = "bron/";

    @TempDir
    static Path tmp;

    static S3ProxyServer server;
    static S3Client s3;

    @TempDir
    Path work;

    @BeforeAll
    static void start() {
        server = S3ProxyServer.start(tmp.resolve("s3"));
        s3 = server.client();
        System.setProperty("aws.accessKeyId", server.identity());
        System.setProperty("aws.secretAccessKey", server.credential());
    }

    @AfterAll
    static void stop() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void emptyBucket() {
        if (!server.running()) {
            server.start();
        }
        if (s3.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(BUCKET))) {
            for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents()) {
                s3.deleteObject(d -> d.bucket(BUCKET).key(o.key()));
            }
        } else {
            s3.createBucket(b -> b.bucket(BUCKET));
        }
    }

    /** A project that publishes to the test bucket (or elsewhere, with {@code to} and {@code endpoint}). */
    TestProject project(String fixture, String to, URI endpoint) {
        TestProject p = TestProject.fixture(fixture, work);
        p.write("site/site.yaml", p.read("site/site.yaml") + """
                publish:
                  - name: production
                    to: %s
                    endpoint: %s
                    region: us-east-1
                    pathStyle: true
                """.formatted(to, endpoint));
        return p;
    }

    TestProject project(String fixture) {
        return project(fixture, "s3://" + BUCKET + "/" + PREFIX, server.endpoint());
    }

    static PublishTarget target() {
        return new PublishTarget("production", BUCKET, PREFIX, Optional.of(server.endpoint()), "us-east-1", true, true,
                Optional.empty(), null, Position.ofFile("site/site.yaml"));
    }

    @Test
    void theFirstPublishUploadsTheSiteWithEachObjectsHeadersAndASecondUploadsNothing() throws Exception {
        TestProject p = project("minimal");
        TestProject.Run first = p.run("publish", "--yes");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("published: ");

        Path site = p.path("target/site");
        Set<String> expected = siteKeys(site);
        Map<String, S3Object> stored = objects();
        assertThat(stored.keySet()).as("the bucket holds the site, its manifest, and no .gz copy or host file")
                .containsExactlyInAnyOrderElementsOf(with(expected, PREFIX + PublishPlan.MANIFEST));

        // a page: gzipped, in its language, for five minutes
        HeadObjectResponse page = head("en/index.html");
        assertThat(type(page)).isEqualTo("text/html;charset=utf-8");
        assertThat(page.cacheControl()).isEqualTo("public, max-age=300");
        assertThat(page.contentLanguage()).isEqualTo("en");
        assertThat(page.contentEncoding()).isEqualTo("gzip");
        assertThat(gunzip(get("en/index.html"))).isEqualTo(Files.readAllBytes(site.resolve("en/index.html")));
        // a fingerprinted stylesheet: a year, immutable, no language
        String css = expected.stream().map(k -> k.substring(PREFIX.length()))
                .filter(k -> k.matches("assets/kontext\\.[0-9a-f]{10}\\.css")).findFirst().orElseThrow();
        HeadObjectResponse style = head(css);
        assertThat(type(style)).isEqualTo("text/css;charset=utf-8");
        assertThat(style.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
        assertThat(style.contentLanguage()).isNull();
        assertThat(style.contentEncoding()).isEqualTo("gzip");
        // an image: as it is
        HeadObjectResponse card = head("assets/card-sv.png");
        assertThat(card.contentType()).isEqualTo("image/png");
        assertThat(card.contentEncoding()).isNull();
        assertThat(card.contentLanguage()).isNull();
        assertThat(get("assets/card-sv.png")).isEqualTo(Files.readAllBytes(site.resolve("assets/card-sv.png")));
        // data, an oEmbed answer, the sitemap
        assertThat(type(head("data/sv/timeline.csv"))).isEqualTo("text/csv;charset=utf-8");
        assertThat(head("data/sv/timeline.csv").contentLanguage()).isEqualTo("sv");
        assertThat(type(head("embed/en/timeline/oembed.json"))).isEqualTo("application/json;charset=utf-8");
        assertThat(head("embed/en/timeline/oembed.json").contentLanguage()).isEqualTo("en");
        assertThat(head("sitemap.xml").contentLanguage()).isNull();

        Map<String, String> etags = etags();
        TestProject.Run second = p.run("publish", "--yes");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("the target already has this site: nothing to upload")
                .containsPattern("new +0 files").containsPattern("changed +0 files").containsPattern("deleted +0 files");
        assertThat(etags()).as("nothing was uploaded again").isEqualTo(etags);
    }

    @Test
    void anEditedEventUploadsOnlyTheFilesItChangesAndARemovedPageIsDeletedLast() throws Exception {
        TestProject p = project("pages");
        assertThat(p.run("publish", "--yes").exitCode()).isZero();
        Map<String, byte[]> before = files(p.path("target/site"));

        p.edit("site/data/timeline.yaml", "The old bridge is torn down.", "The old bridge is torn down at last.");
        p.delete("site/pages/en/kostnad.md");
        p.delete("site/pages/sv/kostnad.md");
        assertThat(p.build().exitCode()).isZero();
        Map<String, byte[]> after = files(p.path("target/site"));
        Set<String> changed = after.keySet().stream().filter(k -> !java.util.Arrays.equals(after.get(k), before.get(k)))
                .filter(PublishIT::uploadable).collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> removed = before.keySet().stream().filter(k -> !after.containsKey(k)).filter(PublishIT::uploadable)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(changed).as("the edit changes some files").isNotEmpty();
        assertThat(removed).as("the removed page").contains("en/cost/index.html", "sv/kostnad/index.html");

        List<String> events = new ArrayList<>();
        Publication.Outcome outcome = publish(p, new Publication.Listener() {
            @Override
            public void uploaded(String key, long doneBytes, long totalBytes, int doneFiles, int totalFiles) {
                events.add("put " + key);
            }

            @Override
            public void deleted(String key) {
                events.add("delete " + key);
            }
        });
        assertThat(outcome.finished()).isTrue();
        assertThat(events.stream().filter(e -> e.startsWith("put ")).map(e -> e.substring(4)).collect(Collectors.toSet()))
                .as("only what changed is uploaded").isEqualTo(changed);
        assertThat(events.stream().filter(e -> e.startsWith("delete ")).map(e -> e.substring(7)).collect(Collectors.toSet()))
                .as("what the site no longer has is deleted").isEqualTo(removed);
        int lastPut = events.stream().filter(e -> e.startsWith("put ")).mapToInt(events::indexOf).max().orElse(-1);
        int firstDelete = events.stream().filter(e -> e.startsWith("delete ")).mapToInt(events::indexOf).min().orElseThrow();
        assertThat(firstDelete).as("deletions after every upload").isGreaterThan(lastPut);
        assertThat(objects().keySet()).containsExactlyInAnyOrderElementsOf(
                with(siteKeys(p.path("target/site")), PREFIX + PublishPlan.MANIFEST));
    }

    @Test
    void aDryRunPrintsThePlanAndChangesNothing() {
        TestProject p = project("minimal");
        assertThat(p.run("publish", "--yes").exitCode()).isZero();
        p.edit("site/data/timeline.yaml", "The old bridge is torn down.", "The old bridge is demolished.");
        Map<String, String> before = etags();
        TestProject.Run dry = p.run("publish", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).containsPattern("changed +[1-9][0-9]* files? .* first: ")
                .containsPattern("new +0 files").containsPattern("unchanged +[1-9]")
                .contains("dry run: nothing was uploaded or deleted");
        assertThat(etags()).isEqualTo(before);
        TestProject.Run asked = p.run("publish");
        assertThat(asked.exitCode()).as("without a terminal and without --yes").isEqualTo(ExitCode.USAGE);
        assertThat(asked.err()).contains("run again with --yes");
        assertThat(etags()).isEqualTo(before);
    }

    @Test
    void atEveryMomentOfAPublishEveryPageOldOrNewFindsItsStylesheetsScriptsImagesAndEmbeds() {
        TestProject p = project("minimal");
        assertThat(p.run("publish", "--yes").exitCode()).isZero();
        // a new stylesheet (a new name), a changed event, an event gone with its embed page
        p.write("templates/assets/kontext.css", p.read("templates/assets/kontext.css") + "\n.kontext-test { }\n");
        p.edit("site/data/timeline.yaml", "The municipality says the bridge opens.", "The municipality says it opens.");
        assertThat(p.build().exitCode()).isZero();

        AtomicInteger steps = new AtomicInteger();
        List<String> missing = new ArrayList<>();
        Publication.Listener reader = new Publication.Listener() {
            @Override
            public void uploaded(String key, long doneBytes, long totalBytes, int doneFiles, int totalFiles) {
                missing.addAll(read("after uploading " + key));
                steps.incrementAndGet();
            }

            @Override
            public void deleted(String key) {
                missing.addAll(read("after deleting " + key));
                steps.incrementAndGet();
            }
        };
        assertThat(publish(p, reader).finished()).isTrue();
        assertThat(steps.get()).as("the reader looked at every step").isGreaterThan(10);
        assertThat(missing).as("what pages referred to and the bucket did not have").isEmpty();
        assertThat(read("at the end")).isEmpty();
    }

    @Test
    void whenTheStoreGoesAwayMidPublishTheSiteStaysWholeAndTheNextPublishFinishesTheJob() {
        TestProject p = project("minimal");
        assertThat(p.run("publish", "--yes").exitCode()).isZero();
        p.write("templates/assets/kontext.css", p.read("templates/assets/kontext.css") + "\n.kontext-test { }\n");
        p.edit("site/data/timeline.yaml", "The old bridge is torn down.", "The old bridge was torn down.");
        assertThat(p.build().exitCode()).isZero();

        AtomicInteger uploads = new AtomicInteger();
        Publication.Outcome broken = publish(p, new Publication.Listener() {
            @Override
            public void uploaded(String key, long doneBytes, long totalBytes, int doneFiles, int totalFiles) {
                if (uploads.incrementAndGet() == 4) {
                    server.stop(); // the connection drops: the next request finds no server
                }
            }
        });
        assertThat(broken.finished()).isFalse();
        assertThat(broken.failure().message()).contains("cannot reach target 'production'");
        assertThat(broken.uploaded()).isEqualTo(4);

        server.start();
        assertThat(read("after the broken publish")).as("the site the store serves is whole").isEmpty();
        TestProject.Run again = p.run("publish", "--yes");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).containsPattern("unchanged +[1-9]");
        assertThat(objects().keySet()).containsExactlyInAnyOrderElementsOf(
                with(siteKeys(p.path("target/site")), PREFIX + PublishPlan.MANIFEST));
        assertThat(p.run("publish", "--yes").out()).contains("nothing to upload");
    }

    @Test
    void refusedCredentialsAMissingBucketAndAnUnreachableStoreAreOneErrorNamingTheTargetWithNothingUploaded()
            throws IOException {
        TestProject p = project("minimal");
        System.setProperty("aws.secretAccessKey", "not-the-credential");
        try {
            TestProject.Run refused = p.run("publish", "--yes");
            assertThat(refused.exitCode()).isEqualTo(ExitCode.PUBLISH);
            assertThat(refused.err()).contains("error: target 'production' (s3://explainers/bron/ at "
                    + server.endpoint() + ") refused the credentials").contains("nothing was published");
        } finally {
            System.setProperty("aws.secretAccessKey", server.credential());
        }
        assertThat(objects()).isEmpty();

        TestProject missing = project("minimal", "s3://no-such-bucket/bron/", server.endpoint());
        TestProject.Run noBucket = missing.run("publish", "--yes");
        assertThat(noBucket.exitCode()).isEqualTo(ExitCode.PUBLISH);
        assertThat(noBucket.err()).contains("error: the bucket 'no-such-bucket' of target 'production'")
                .contains("does not exist").contains("nothing was published");

        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        TestProject away = project("minimal", "s3://" + BUCKET + "/" + PREFIX, URI.create("http://127.0.0.1:" + closed));
        TestProject.Run unreachable = away.run("publish", "--yes");
        assertThat(unreachable.exitCode()).isEqualTo(ExitCode.PUBLISH);
        assertThat(unreachable.err()).contains("error: cannot reach target 'production'").contains("nothing was published");
        assertThat(objects()).isEmpty();
    }

    // --- the reader

    /**
     * A reader's look at the bucket now: the language chooser, the explainers, their side-by-side
     * and embeds pages, and one embed of each kind, whichever the bucket holds; for each, every
     * stylesheet, script, image and frame it refers to within the site must be there.
     */
    static List<String> read(String when) {
        Set<String> keys = objects().keySet();
        List<String> missing = new ArrayList<>();
        for (String page : List.of("index.html", "404.html", "sv/index.html", "en/index.html", "sv/parallel/index.html",
                "en/embeds/index.html", "embed/en/timeline/index.html", "embed/sv/timeline/works/index.html",
                "embed/en/event/decision/index.html", "embed/sv/figures/index.html", "embed/en/figure/cost/index.html")) {
            if (!keys.contains(PREFIX + page)) {
                continue;
            }
            Document doc = Jsoup.parse(new String(gunzip(get(page)), StandardCharsets.UTF_8),
                    "https://example.org/bron/" + page);
            for (Element e : doc.select("link[rel=stylesheet][href], script[src], img[src], iframe[src], source[src]")) {
                String url = e.absUrl(e.hasAttr("href") ? "href" : "src");
                if (!url.startsWith("https://example.org/bron/")) {
                    continue;
                }
                String key = url.substring("https://example.org/bron/".length()).replaceAll("[?#].*$", "");
                key = key.isEmpty() || key.endsWith("/") ? key + "index.html" : key;
                if (!keys.contains(PREFIX + key)) {
                    missing.add(when + ": " + page + " refers to " + key);
                }
            }
        }
        return missing;
    }

    // --- helpers

    private Publication.Outcome publish(TestProject p, Publication.Listener listener) {
        Publication publication = Publication.to(target(), p.root());
        try {
            return publication.publish(p.path("target/site"), Set.of("sv", "en"), false, false, plan -> true, listener);
        } finally {
            publication.close();
        }
    }

    /** Whether a built file goes to a bucket: not the .gz copies, not the host's own files. */
    static boolean uploadable(String key) {
        return !key.endsWith(".gz") && !key.equals("_headers") && !key.startsWith("_kontext/");
    }

    static Set<String> siteKeys(Path site) {
        return files(site).keySet().stream().filter(PublishIT::uploadable).map(k -> PREFIX + k)
                .collect(Collectors.toSet());
    }

    static Set<String> with(Set<String> keys, String more) {
        Set<String> out = new java.util.HashSet<>(keys);
        out.add(more);
        return out;
    }

    static Map<String, byte[]> files(Path site) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(site.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Map<String, S3Object> objects() {
        Map<String, S3Object> out = new LinkedHashMap<>();
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents()) {
            out.put(o.key(), o);
        }
        return out;
    }

    static Map<String, String> etags() {
        Map<String, String> out = new TreeMap<>();
        objects().forEach((k, o) -> out.put(k, o.eTag()));
        return out;
    }

    /**
     * The media type as the store gives it, in one spelling: S3Proxy's web server writes some back
     * without the space and with the charset in lower case.
     */
    static String type(HeadObjectResponse h) {
        return h.contentType().replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    static HeadObjectResponse head(String key) {
        return s3.headObject(b -> b.bucket(BUCKET).key(PREFIX + key));
    }

    static byte[] get(String key) {
        ResponseBytes<GetObjectResponse> r = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(PREFIX + key));
        return r.asByteArray();
    }

    static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            return bytes; // not gzipped
        }
    }
}
