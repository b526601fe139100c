package io.kontext.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small cache, per process, of results that are costly and depend on nothing but their key:
 * drawn maps, social card images. A one-off build starts empty and gains
 * nothing; the preview server rebuilds in the same process, and an edit to the text does not pay
 * again for the map or the card. The key must hold every input, compared by content. The least
 * recently used entry goes when the cache is full.
 */
final class Memo<K, V> {

    private final Map<K, V> entries;

    Memo(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached result for {@code key}, computed (outside the lock) when missing. */
    V get(K key, Function<K, V> compute) {
        synchronized (entries) {
            V v = entries.get(key);
            if (v != null) {
                return v;
            }
        }
        V v = compute.apply(key);
        synchronized (entries) {
            entries.put(key, v);
        }
        return v;
    }
}
