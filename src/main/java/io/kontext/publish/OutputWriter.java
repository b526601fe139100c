package io.kontext.publish;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.render.OutputFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the site into a fresh temporary folder beside the output folder, then swaps it into place
 * with renames on the same file system. The previous output is untouched until the new one is
 * complete; nothing stale survives, because the new folder holds only this build's files. A build
 * killed halfway leaves a temporary folder that the next build removes (or, if it was killed
 * between the two renames, the previous output that it puts back). A lock file beside the output
 * keeps two builds from writing it at once, for as long as one writes; it is removed after.
 */
public final class OutputWriter {

    /**
     * Called once the new site is written, just before it is swapped in: the reliability tests stop
     * a build there ({@link #NONE} in normal use).
     */
    public interface BeforeSwap {
        BeforeSwap NONE = tmp -> {
        };

        void at(Path written) throws IOException;
    }

    private final Diagnostics diagnostics;
    private final Optional<Instant> fileTime;
    private final BeforeSwap beforeSwap;

    /** @param fileTime when present, every written file gets this modification time */
    public OutputWriter(Diagnostics diagnostics, Optional<Instant> fileTime, BeforeSwap beforeSwap) {
        this.diagnostics = diagnostics;
        this.fileTime = fileTime;
        this.beforeSwap = beforeSwap;
    }

    /**
     * Starts writing a new content of {@code out}: takes the lock, cleans up what an interrupted
     * build left, and makes the temporary folder the files go into. Empty (and reported) if that
     * failed.
     */
    public Optional<Session> open(Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Position at = Position.ofFile(target.toString());
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            diagnostics.error(at, "write", "cannot create " + parent + ": " + describe(e), "check the output path and "
                    + "its permissions");
            return Optional.empty();
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            diagnostics.error(at, "write", target + " exists and is not a folder", "choose another --out");
            return Optional.empty();
        }
        if (Files.exists(target.resolve(".git"))) {
            diagnostics.error(at, "write", target + " holds a .git folder; Kontext replaces the whole output folder",
                    "build into a folder of its own and copy it where it must go");
            return Optional.empty();
        }
        Path lockFile = parent.resolve("." + name + ".lock");
        FileChannel channel = null;
        try {
            channel = lock(lockFile);
            if (channel == null) {
                diagnostics.error(at, "locked", "another Kontext build is writing " + target,
                        "wait for it to finish, or build into another --out");
                return Optional.empty();
            }
            recover(parent, name, target);
            String unique = UUID.randomUUID().toString().substring(0, 8);
            Path tmp = parent.resolve("." + name + ".tmp-" + unique);
            Files.createDirectory(tmp);
            return Optional.of(new Session(channel, lockFile, target, tmp, parent.resolve("." + name + ".old-"
                    + unique)));
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the lock goes with the channel
                }
            }
            diagnostics.error(at, "write", "cannot write " + target + ": " + describe(e),
                    "check that the folder is writable and the disk is not full");
            return Optional.empty();
        }
    }

    /**
     * Takes the lock of the output: the lock file, created if missing. The holder removes the file
     * before it lets the lock go, so a build that opened the file just before may get a lock on a
     * removed file while a third build locks the new one: once locked, the file at the path must
     * still be the one that was there when it was opened, or the lock is taken again. Null when
     * another build holds it.
     */
    private static FileChannel lock(Path lockFile) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            Object before = fileKey(lockFile);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            Object after = fileKey(lockFile);
            if (after != null && (before == null || before.equals(after))) {
                return channel;
            }
            channel.close();
        }
        return null;
    }

    /** The identity of the file at a path (its inode, where the file system tells it), or null if none. */
    private static Object fileKey(Path file) {
        try {
            Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return key != null ? key : "present";
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * One build's writing: files are added (from any thread) into a temporary folder beside the
     * output; {@link #commit} swaps it into place whole, and closing without a commit removes it,
     * leaving the previous output as it was. Holds the output's lock until closed.
     */
    public final class Session implements AutoCloseable {

        private final FileChannel lock;
        private final Path lockFile;
        private final Path target;
        private final Path tmp;
        private final Path old;
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        private volatile boolean failed;
        private boolean done;

        private Session(FileChannel lock, Path lockFile, Path target, Path tmp, Path old) {
            this.lock = lock;
            this.lockFile = lockFile;
            this.target = target;
            this.tmp = tmp;
            this.old = old;
        }

        /** Writes one file; false (reported once) when it could not be written. */
        public boolean add(OutputFile f) {
            if (failed) {
                return false;
            }
            Path p = tmp.resolve(f.path()).normalize();
            if (!p.startsWith(tmp) || p.equals(tmp)) {
                throw new IllegalStateException("output path outside the output folder: " + f.path());
            }
            try {
                Path dir = p.getParent();
                if (!folders.contains(dir)) {
                    Files.createDirectories(dir);
                    folders.add(dir);
                }
                Files.write(p, f.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                if (fileTime.isPresent()) {
                    Files.setLastModifiedTime(p, FileTime.from(fileTime.get()));
                }
                return true;
            } catch (IOException e) {
                fail(e);
                return false;
            }
        }

        private synchronized void fail(IOException e) {
            if (!failed) {
                failed = true;
                diagnostics.error(Position.ofFile(target.toString()), "write", "cannot write " + target + ": "
                        + describe(e), "check that the folder is writable and the disk is not full");
            }
        }

        /** Swaps the written site in place of the previous output; false (and reported) if it failed. */
        public boolean commit() {
            if (failed || done) {
                return false;
            }
            done = true;
            try {
                beforeSwap.at(tmp);
                return swap();
            } catch (IOException e) {
                deleteQuietly(tmp);
                diagnostics.error(Position.ofFile(target.toString()), "write", "cannot write " + target + ": "
                        + describe(e), "check that the folder is writable and the disk is not full");
                return false;
            }
        }

        private boolean swap() throws IOException {
            boolean hadOld = Files.exists(target);
            try {
                if (hadOld) {
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                if (hadOld && Files.exists(old) && !Files.exists(target)) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                deleteQuietly(tmp);
                diagnostics.error(Position.ofFile(target.toString()), "write", "cannot swap the new site into "
                        + target + ": the file system does not support renaming folders atomically",
                        "build onto a local disk");
                return false;
            } catch (IOException e) {
                if (hadOld && Files.exists(old) && !Files.exists(target)) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            deleteQuietly(old);
            return true;
        }

        /** Without a commit: removes what was written. Always: releases the lock and removes its file. */
        @Override
        public void close() {
            if (!done || Files.exists(tmp)) {
                deleteQuietly(tmp);
            }
            done = true;
            try {
                // removed while still held, so that no build can take a lock on it in between
                Files.deleteIfExists(lockFile);
            } catch (IOException ignored) {
                // a lock file left is harmless: the next build takes it
            }
            try {
                lock.close();
            } catch (IOException ignored) {
                // closing the channel releases the lock in any case
            }
        }
    }

    /** Removes what an interrupted build left behind, restoring the previous output if needed. */
    private void recover(Path parent, String name, Path target) throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".{tmp,old}-*")) {
            for (Path p : siblings) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + name + ".old-") && !Files.exists(target)) {
                    Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    deleteQuietly(p);
                }
            }
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // a leftover the next build removes
        }
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() != null ? " " + e.getMessage() : "");
    }
}
