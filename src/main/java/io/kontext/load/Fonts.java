package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The fonts the social cards are drawn with, {@code templates/fonts/DejaVuSans-Bold.ttf} and
 * {@code DejaVuSans.ttf}, read and made into fonts when the project is loaded: the card looks the
 * same on every machine, whatever fonts it has.
 *
 * @param origin the bold font's file, for messages about the cards
 * @param digest a hash of both files: what a drawn card can be kept by (fonts of one name may differ)
 */
public record Fonts(Font bold, Font regular, String origin, String digest) {

    static final String BOLD = "DejaVuSans-Bold.ttf";
    static final String REGULAR = "DejaVuSans.ttf";

    static Optional<Fonts> read(Project project, Diagnostics diagnostics) {
        Path bold = project.font(BOLD);
        Path regular = project.font(REGULAR);
        try {
            byte[] b = Files.readAllBytes(bold);
            byte[] r = Files.readAllBytes(regular);
            java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
            d.update(b);
            d.update(r);
            return Optional.of(new Fonts(font(b, bold), font(r, regular), project.relative(bold),
                    java.util.HexFormat.of().formatHex(d.digest())));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (IOException | FontFormatException e) {
            diagnostics.error(Position.ofFile(project.relative(bold)), "font", "cannot load the social card fonts: "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no file " + e.getMessage() : e.getMessage()),
                    "the project needs templates/fonts/" + BOLD + " and templates/fonts/" + REGULAR);
            return Optional.empty();
        }
    }

    private static Font font(byte[] bytes, Path file) throws FontFormatException, IOException {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException e) {
            throw new FontFormatException("not a TrueType font: " + file.getFileName());
        }
    }
}
