package io.kontext.publish;

import io.kontext.render.OutputFile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the files of a build go as they are made: a temporary folder that replaces the output
 * when the whole build passed ({@link #folder}), memory ({@link #memory}: the preview server, and
 * the tests), both at once ({@link #both}), or nowhere ({@link #nowhere}: {@code kontext check}).
 * Files arrive from several threads. Nothing reaches readers before {@link #commit}; closing
 * without a commit leaves everything as it was.
 */
public interface Destination extends AutoCloseable {

    /** Takes one file (from any thread); a problem is reported and makes {@link #commit} fail. */
    void accept(OutputFile file);

    /** Makes what was taken the published site; false (and reported) if that failed. */
    boolean commit();

    /** The files taken, by path, when the destination keeps them; empty otherwise. */
    default Map<String, OutputFile> files() {
        return Map.of();
    }

    /** How long, summed over the threads, went into taking files: the publish stage's share of the render. */
    long busyNanos();

    @Override
    void close();

    /** Into {@code writer}'s temporary folder, each text file with its gzipped copy. */
    static Destination folder(OutputWriter.Session writer) {
        return new Destination() {
            private final AtomicLong busy = new AtomicLong();

            @Override
            public void accept(OutputFile file) {
                long start = System.nanoTime();
                if (writer.add(file)) {
                    HostingFiles.precompressed(file).ifPresent(writer::add);
                }
                busy.addAndGet(System.nanoTime() - start);
            }

            @Override
            public boolean commit() {
                long start = System.nanoTime();
                boolean ok = writer.commit();
                busy.addAndGet(System.nanoTime() - start);
                return ok;
            }

            @Override
            public long busyNanos() {
                return busy.get();
            }

            @Override
            public void close() {
                writer.close();
            }
        };
    }

    /** Kept in memory, by path. */
    static Destination memory() {
        return new Destination() {
            private final Map<String, OutputFile> files = new ConcurrentHashMap<>();

            @Override
            public void accept(OutputFile file) {
                files.put(file.path(), file);
            }

            @Override
            public boolean commit() {
                return true;
            }

            @Override
            public Map<String, OutputFile> files() {
                return new TreeMap<>(files);
            }

            @Override
            public long busyNanos() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
    }

    /** Taken by all of {@code destinations}; committed in order, until one fails. */
    static Destination both(Destination... destinations) {
        List<Destination> all = List.of(destinations);
        return new Destination() {
            @Override
            public void accept(OutputFile file) {
                all.forEach(d -> d.accept(file));
            }

            @Override
            public boolean commit() {
                return all.stream().allMatch(Destination::commit);
            }

            @Override
            public Map<String, OutputFile> files() {
                return all.stream().map(Destination::files).filter(f -> !f.isEmpty()).findFirst().orElse(Map.of());
            }

            @Override
            public long busyNanos() {
                return all.stream().mapToLong(Destination::busyNanos).sum();
            }

            @Override
            public void close() {
                all.forEach(Destination::close);
            }
        };
    }

    /** Nowhere: a run that checks and writes nothing. */
    static Destination nowhere() {
        return new Destination() {
            @Override
            public void accept(OutputFile file) {
            }

            @Override
            public boolean commit() {
                return true;
            }

            @Override
            public long busyNanos() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
    }
}
