package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.diag.SourceText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Reads the project's text files strictly: only from inside the project (a symlink leading out is
 * refused), at most {@value #MAX_BYTES} bytes, valid UTF-8 (the first bad byte is reported at its
 * line and column, never replaced silently). The text is normalised so that a file and its twin
 * with a byte-order mark, CRLF line ends or decomposed letters give the same site: BOM removed,
 * CRLF and CR turned into LF, Unicode NFC.
 */
public final class TextFiles {

    static final int MAX_BYTES = 4 * 1024 * 1024;

    private final Project project;
    private final Diagnostics diagnostics;
    private final Path realRoot;

    public TextFiles(Project project, Diagnostics diagnostics) {
        this.project = project;
        this.diagnostics = diagnostics;
        Path r;
        try {
            r = project.root().toRealPath();
        } catch (IOException e) {
            r = project.root();
        }
        this.realRoot = r;
    }

    public Project project() {
        return project;
    }

    /** Reads a file that must exist. */
    public Optional<SourceText> read(Path file, Position referencedFrom, String hint) {
        String name = project.relative(file);
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            diagnostics.error(referencedFrom != null ? referencedFrom : Position.ofFile(name), "missing-file",
                    "file not found: " + name, hint);
            return Optional.empty();
        }
        return readExisting(file);
    }

    /** Reads a file known to exist (from a directory listing). */
    public Optional<SourceText> readExisting(Path file) {
        String name = project.relative(file);
        Position at = Position.ofFile(name);
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot)) {
                diagnostics.error(at, "outside-project", name + " leads outside the project (" + real + ")",
                        "copy the file into the project instead of linking to it");
                return Optional.empty();
            }
            if (!Files.isRegularFile(real)) {
                diagnostics.error(at, "not-a-file", name + " is not a regular file", null);
                return Optional.empty();
            }
            long size = Files.size(real);
            if (size > MAX_BYTES) {
                diagnostics.error(at, "too-large", name + " is " + size / 1024 + " KiB; the limit is "
                        + MAX_BYTES / (1024 * 1024) + " MiB", "split the file or remove what does not belong in it");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(real);
            return decode(name, bytes).map(text -> {
                SourceText source = new SourceText(name, text);
                diagnostics.remember(source);
                return source;
            });
        } catch (NoSuchFileException e) {
            diagnostics.error(at, "missing-file", "file not found: " + name, null);
        } catch (IOException e) {
            diagnostics.error(at, "unreadable", "cannot read " + name + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() != null ? " " + e.getMessage() : ""), "check the file's permissions");
        }
        return Optional.empty();
    }

    Optional<String> decode(String name, byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            diagnostics.error(Position.ofFile(name).atLine(1, 1), "encoding", name + " is UTF-16; Kontext reads UTF-8",
                    "save the file as UTF-8");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            reportBadByte(name, bytes, start);
            return Optional.empty();
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.indexOf('\u0000') >= 0) {
            int off = text.indexOf('\u0000');
            diagnostics.error(new SourceText(name, text).positionOf(off), "encoding", name + " contains a NUL character",
                    "this looks like a binary file; remove the character or the file");
            return Optional.empty();
        }
        return Optional.of(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** Finds the first byte that is not valid UTF-8 and reports it at its line and column. */
    private void reportBadByte(String name, byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int badOffset = in.position();
        out.flip();
        String before = out.toString().replace("\r\n", "\n").replace('\r', '\n');
        Position at = new SourceText(name, before).positionOf(before.length());
        diagnostics.error(at, "encoding", String.format("%s is not valid UTF-8: byte 0x%02X at offset %d", name,
                bytes[badOffset] & 0xff, badOffset), "save the file as UTF-8 (it may be Latin-1 or Windows-1252)");
    }
}
