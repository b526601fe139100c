package io.kontext.publish;

import io.kontext.render.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * What the last publish put in a target, kept beside the site ({@code _kontext/published.json}):
 * for every object, the MD5 and size of the body it uploaded, the ETag the store answered with,
 * and a hash of the headers it set. It is never trusted alone: a publish compares it with the
 * store's own listing, so an object someone changed or removed by hand is uploaded again. A
 * missing or unreadable manifest only makes the next publish upload more.
 */
final class Manifest {

    /** One object as it was uploaded. */
    record Entry(String md5, long size, String etag, String headers) {
    }

    private final Map<String, Entry> entries;

    private Manifest(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static Manifest empty() {
        return new Manifest(new TreeMap<>());
    }

    Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    Map<String, Entry> entries() {
        return entries;
    }

    Manifest with(String key, Entry entry) {
        Map<String, Entry> next = new TreeMap<>(entries);
        next.put(key, entry);
        return new Manifest(next);
    }

    Manifest without(String key) {
        Map<String, Entry> next = new TreeMap<>(entries);
        next.remove(key);
        return new Manifest(next);
    }

    byte[] bytes() {
        Map<String, Object> objects = new LinkedHashMap<>();
        entries.forEach((key, e) -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("md5", e.md5());
            o.put("size", e.size());
            o.put("etag", e.etag());
            o.put("headers", e.headers());
            objects.put(key, o);
        });
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("publishedBy", "kontext");
        doc.put("version", 1);
        doc.put("objects", objects);
        return (Json.write(doc) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The manifest in these bytes, or an empty one when they are not a manifest Kontext wrote. */
    static Manifest parse(byte[] bytes) {
        try {
            Object doc = new Load(LoadSettings.builder().setMaxAliasesForCollections(0).build())
                    .loadFromString(new String(bytes, StandardCharsets.UTF_8));
            if (!(doc instanceof Map<?, ?> top) || !(top.get("objects") instanceof Map<?, ?> objects)) {
                return empty();
            }
            Map<String, Entry> out = new TreeMap<>();
            objects.forEach((key, value) -> {
                if (key instanceof String k && value instanceof Map<?, ?> o && o.get("md5") instanceof String md5
                        && o.get("size") instanceof Number size && o.get("etag") instanceof String etag
                        && o.get("headers") instanceof String headers) {
                    out.put(k, new Entry(md5, size.longValue(), etag, headers));
                }
            });
            return new Manifest(out);
        } catch (YamlEngineException | ClassCastException e) {
            return empty();
        }
    }
}
