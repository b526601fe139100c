package io.kontext.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder that holds a published site: local, or a server's mounted through the file system.
 * Each file is written beside its place and renamed into it, so that a reader never gets half a
 * file; a folder keeps no headers, so it gets the site as built, with its gzipped copies and the
 * {@code _headers} file and nginx snippet for the server in front of it.
 */
final class FolderStore implements Store {

    private static final String PARTIAL = ".kontext-partial-";

    private final Path root;

    FolderStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public List<Stored> list() {
        List<Stored> out = new ArrayList<>();
        if (!Files.exists(root)) {
            return out;
        }
        if (!Files.isDirectory(root)) {
            throw new StoreException(StoreException.Kind.FAILED, root + " is not a folder", "publish into a folder",
                    null);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String key = root.relativize(p).toString().replace('\\', '/');
                if (p.getFileName().toString().startsWith(PARTIAL)) {
                    Files.deleteIfExists(p); // left by a publish that broke off
                    continue;
                }
                out.add(new Stored(key, Files.size(p), Digests.md5(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, "cannot read " + root + ": " + e.getMessage(),
                    "check that the folder is there and readable", e);
        }
        return out;
    }

    @Override
    public Optional<byte[]> get(String key) {
        Path p = file(key);
        try {
            return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, "cannot read " + p + ": " + e.getMessage(), null, e);
        }
    }

    @Override
    public String put(String key, byte[] body, Map<String, String> headers) {
        Path p = file(key);
        try {
            Files.createDirectories(p.getParent());
            Path partial = p.resolveSibling(PARTIAL + p.getFileName());
            Files.write(partial, body);
            try {
                Files.move(partial, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, p, StandardCopyOption.REPLACE_EXISTING);
            }
            return Digests.md5(body);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, "cannot write " + p + ": " + e.getMessage(),
                    "check that the folder is writable and the disk is not full", e);
        }
    }

    @Override
    public void delete(String key) {
        Path p = file(key);
        try {
            Files.deleteIfExists(p);
            // folders left empty go too, up to the target's own
            for (Path dir = p.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
                try (Stream<Path> left = Files.list(dir)) {
                    if (left.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, "cannot delete " + p + ": " + e.getMessage(), null, e);
        }
    }

    @Override
    public boolean keepsHeaders() {
        return false;
    }

    private Path file(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalStateException("a key outside the target: " + key);
        }
        return p;
    }

    @Override
    public void close() {
    }
}
