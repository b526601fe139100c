package io.kontext.publish;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code kontext publish} puts a site: the objects under a bucket's prefix, or the files of a
 * folder. Every call may throw a {@link StoreException} saying what went wrong in words for the
 * user.
 */
interface Store extends AutoCloseable {

    /** An object as the store holds it: its key below the target's prefix, its size and ETag. */
    record Stored(String key, long size, String etag) {
    }

    /** Every object below the prefix; also how a publish finds out that the store can be reached at all. */
    List<Stored> list();

    /** The body of one object, or empty when there is none. */
    Optional<byte[]> get(String key);

    /** Writes one object with the headers it is to be served with; returns the ETag the store gives it. */
    String put(String key, byte[] body, Map<String, String> headers);

    void delete(String key);

    /** Whether the store keeps headers with its objects (a bucket does, a folder does not). */
    boolean keepsHeaders();

    @Override
    void close();
}
