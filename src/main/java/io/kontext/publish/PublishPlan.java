package io.kontext.publish;

import io.kontext.layout.Layout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a publish will do to a target: the files that are new, changed, unchanged, and the objects
 * the site no longer has, found by comparing the built site with the store's listing and the
 * manifest of the last publish. Uploads come in an order that keeps the published site whole for
 * readers at every moment: first the files nothing links to before they exist (stylesheets and
 * scripts under new names, images, data), then embeds, then pages from the deepest up, then the
 * entry points (the language chooser, the sitemap, the feeds); deletions last, the pages before
 * the files they used; and the manifest at the very end.
 */
record PublishPlan(List<Item> uploads, List<Item> unchanged, List<Store.Stored> deletions) {

    /** The manifest's key below the target's prefix. */
    static final String MANIFEST = Layout.HOSTING + "published.json";

    enum Change {
        NEW, CHANGED, UNCHANGED
    }

    /**
     * A file of the built site as it is to be stored.
     *
     * @param file the file whose bytes are the body: the page, or its gzipped copy
     * @param headers what the object is to be served with (empty for a store that keeps none)
     */
    record Item(String key, Path file, long size, String md5, Map<String, String> headers, Change change) {

        String headersDigest() {
            return Digests.headers(headers);
        }

        byte[] body() {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    long uploadBytes() {
        return uploads.stream().mapToLong(Item::size).sum();
    }

    List<Item> added() {
        return uploads.stream().filter(i -> i.change() == Change.NEW).toList();
    }

    List<Item> changed() {
        return uploads.stream().filter(i -> i.change() == Change.CHANGED).toList();
    }

    boolean nothingToDo() {
        return uploads.isEmpty() && deletions.isEmpty();
    }

    /**
     * The plan for publishing the site built in {@code site} to a store that holds {@code stored}.
     *
     * @param bucket whether the store is object storage: text goes gzipped ({@code compress}) with
     *     its headers, the {@code .gz} copies and the host's own files stay behind
     * @param languages the site's language codes, for {@code Content-Language}
     * @param keepStale leave the objects the site no longer has
     */
    static PublishPlan of(Path site, List<Store.Stored> stored, Manifest manifest, boolean bucket, boolean compress,
            Set<String> languages, boolean keepStale) {
        Map<String, Store.Stored> byKey = new HashMap<>();
        stored.forEach(s -> byKey.put(s.key(), s));
        List<Item> uploads = new ArrayList<>();
        List<Item> unchanged = new ArrayList<>();
        for (Path f : files(site)) {
            String key = site.relativize(f).toString().replace('\\', '/');
            if (bucket && (key.endsWith(".gz") || HeaderRules.kind(key) == HeaderRules.Kind.HOSTING)) {
                continue; // stores do not pick a .gz copy, nor read _headers: see the headers instead
            }
            Path body = f;
            boolean gzipped = false;
            if (bucket && compress && HeaderRules.isText(key) && Files.exists(site.resolve(key + ".gz"))) {
                body = site.resolve(key + ".gz");
                gzipped = true;
            }
            Map<String, String> headers = bucket ? HeaderRules.objectHeaders(key, languages, gzipped) : Map.of();
            byte[] bytes = read(body);
            Item item = new Item(key, body, bytes.length, Digests.md5(bytes), headers, Change.NEW);
            Store.Stored there = byKey.remove(key);
            if (there == null) {
                uploads.add(item);
            } else if (same(item, there, manifest)) {
                unchanged.add(new Item(key, body, item.size(), item.md5(), headers, Change.UNCHANGED));
            } else {
                uploads.add(new Item(key, body, item.size(), item.md5(), headers, Change.CHANGED));
            }
        }
        byKey.remove(MANIFEST);
        List<Store.Stored> deletions = keepStale ? List.of() : byKey.values().stream()
                .sorted(Comparator.comparingInt((Store.Stored s) -> -tier(s.key())).thenComparing(Store.Stored::key))
                .toList();
        uploads.sort(Comparator.comparingInt((Item i) -> tier(i.key())).thenComparing(Item::key));
        return new PublishPlan(List.copyOf(uploads), List.copyOf(unchanged), deletions);
    }

    /**
     * Whether the store already holds this body with these headers: the store's own listing must
     * agree (so that an object changed or removed by hand is uploaded again), by the ETag of a
     * plain upload (its MD5) or by the ETag the last publish was answered with; and the headers
     * must be those the last publish set.
     */
    private static boolean same(Item item, Store.Stored there, Manifest manifest) {
        if (there.size() != item.size()) {
            return false;
        }
        var last = manifest.get(item.key());
        boolean body = unquote(there.etag()).equalsIgnoreCase(item.md5())
                || last.map(m -> m.md5().equals(item.md5()) && unquote(m.etag()).equals(unquote(there.etag())))
                        .orElse(false);
        boolean headers = item.headers().isEmpty()
                || last.map(m -> m.headers().equals(item.headersDigest())).orElse(false);
        return body && headers;
    }

    static String unquote(String etag) {
        return etag == null ? "" : etag.replace("\"", "");
    }

    /**
     * The order of uploads: what pages refer to before the pages, deep pages before the pages that
     * lead to them, the entry points last.
     */
    static int tier(String key) {
        if (key.equals(MANIFEST)) {
            return 9;
        }
        switch (HeaderRules.kind(key.endsWith(".gz") ? key.substring(0, key.length() - 3) : key)) {
            case FINGERPRINTED:
                return 0;
            case ASSET:
                return 1;
            case DATA:
                return 2;
            case EMBED:
                return 3;
            case HOSTING:
                return 7;
            default:
                break;
        }
        int depth = key.split("/").length;
        boolean feed = key.endsWith("/feed.xml") || key.endsWith("/feed.xml.gz");
        if (depth == 1 || feed) {
            return 6; // the chooser, 404, the sitemap, robots.txt, the feeds
        }
        return depth == 2 ? 5 : 4; // an explainer, or a page below it
    }

    private static List<Path> files(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
