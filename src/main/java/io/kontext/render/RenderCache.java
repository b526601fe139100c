package io.kontext.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the render stage may keep from one build to the next in the same process: the template
 * engine with its parsed templates, drawn maps and social card images, each kept by everything it
 * is made from. The preview server owns one for its session and passes it to every rebuild, so an
 * edit to the text does not pay again for the map or the card; a one-off build passes
 * {@link #none()}, which keeps nothing.
 */
public final class RenderCache {

    private final Memo<Object, Object> engines;
    private final Memo<Object, Object> drawings;
    private final Memo<Object, Object> cards;

    private RenderCache(int engines, int drawings, int cards) {
        this.engines = new Memo<>(engines);
        this.drawings = new Memo<>(drawings);
        this.cards = new Memo<>(cards);
    }

    /** A cache for a session of rebuilds. */
    public static RenderCache session() {
        return new RenderCache(2, 16, 8);
    }

    /** Keeps nothing: every value is made anew. */
    public static RenderCache none() {
        return new RenderCache(0, 0, 0);
    }

    @SuppressWarnings("unchecked")
    <K, V> V engine(K key, Function<K, V> make) {
        return (V) engines.get(key, k -> make.apply((K) k));
    }

    /** A drawn map, by everything it is drawn from. */
    @SuppressWarnings("unchecked")
    <K, V> V drawing(K key, Function<K, V> make) {
        return (V) drawings.get(key, k -> make.apply((K) k));
    }

    /** A social card image, by everything it is drawn from. */
    @SuppressWarnings("unchecked")
    <K, V> V card(K key, Function<K, V> make) {
        return (V) cards.get(key, k -> make.apply((K) k));
    }

    /**
     * A small store of values that depend on nothing but their key, compared by content; the least
     * recently used goes when it is full. Safe for threads.
     */
    private static final class Memo<K, V> {

        private final int capacity;
        private final Map<K, V> entries;

        Memo(int capacity) {
            this.capacity = capacity;
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > capacity;
                }
            };
        }

        V get(K key, Function<K, V> compute) {
            if (capacity == 0) {
                return compute.apply(key);
            }
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
}
