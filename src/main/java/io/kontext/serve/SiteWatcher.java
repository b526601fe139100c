package io.kontext.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the source folders of a project, recursively, and calls back once per burst of changes:
 * after the first change it waits until nothing has changed for a quiet period (an editor's
 * save-all, a {@code git checkout}), at most a second in all, then hands over every changed file.
 * The callback runs on the watcher's own thread, so builds never overlap; changes made during a
 * build make the next burst.
 *
 * <p>Editor leftovers (hidden files, {@code x~}, swap files) are ignored. On systems where the JDK
 * polls instead of being told (macOS), the most sensitive polling is asked for where the JDK has it.
 */
final class SiteWatcher implements Closeable {

    private static final Duration LONGEST = Duration.ofSeconds(1);

    private final Path root;
    private final Set<String> folders;
    private final Duration quiet;
    private final Consumer<List<String>> onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Thread thread;

    /**
     * @param folders the folders under {@code root} to watch; one that appears later is watched too
     * @param onChange gets the changed files, relative to {@code root}, with forward slashes
     */
    SiteWatcher(Path root, List<String> folders, Duration quiet, Consumer<List<String>> onChange) throws IOException {
        this.root = root;
        this.folders = Set.copyOf(folders);
        this.quiet = quiet;
        this.onChange = onChange;
        this.service = root.getFileSystem().newWatchService();
        register(root);
        for (String folder : folders) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir)) {
                registerTree(dir);
            }
        }
        this.thread = new Thread(this::loop, "kontext-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    private void loop() {
        Set<String> pending = new TreeSet<>();
        Set<String> created = new TreeSet<>();
        long first = 0;
        try {
            while (true) {
                WatchKey key;
                if (pending.isEmpty()) {
                    key = service.take();
                } else {
                    long left = TimeUnit.NANOSECONDS.toMillis(first + LONGEST.toNanos() - System.nanoTime());
                    long wait = Math.min(quiet.toMillis(), left);
                    key = wait > 0 ? service.poll(wait, TimeUnit.MILLISECONDS) : null;
                }
                if (key == null) {
                    onChange.accept(List.copyOf(pending));
                    pending.clear();
                    created.clear();
                    continue;
                }
                boolean wasEmpty = pending.isEmpty();
                collect(key, pending, created);
                if (wasEmpty && !pending.isEmpty()) {
                    first = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the server stops
        }
    }

    /**
     * Adds the changes of one key to {@code pending}. A file both created and deleted within the
     * burst was an editor's or a tool's temporary file ({@code sed -i}, atomic saves) and is dropped.
     */
    private void collect(WatchKey key, Set<String> pending, Set<String> created) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                pending.add(relative(dir));
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            String name = child.getFileName().toString();
            if ((dir.equals(root) && !folders.contains(name)) || ignored(name)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    // gone again before it could be watched: the build sees what is there
                }
            }
            String changed = relative(child);
            if (event.kind() == ENTRY_CREATE) {
                created.add(changed);
                pending.add(changed);
            } else if (event.kind() == ENTRY_DELETE && created.remove(changed)) {
                pending.remove(changed);
            } else {
                pending.add(changed);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    private static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913");
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private void registerTree(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(start) && ignored(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                register(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path dir) throws IOException {
        WatchEvent.Kind<?>[] kinds = {ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY};
        WatchKey key;
        try {
            key = dir.register(service, kinds, SENSITIVE);
        } catch (UnsupportedOperationException e) {
            key = dir.register(service, kinds);
        }
        keys.put(key, dir);
    }

    /**
     * The JDK's most sensitive polling (2 s instead of 10 s) where it polls; looked up by name
     * because the modifier is JDK-specific and may be gone in later JDKs.
     */
    private static final WatchEvent.Modifier[] SENSITIVE = sensitive();

    private static WatchEvent.Modifier[] sensitive() {
        try {
            Object high = Class.forName("com.sun.nio.file.SensitivityWatchEventModifier").getField("HIGH").get(null);
            return new WatchEvent.Modifier[] {(WatchEvent.Modifier) high};
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return new WatchEvent.Modifier[0];
        }
    }
}
