package io.kontext.render.visual;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * The 1200×630 PNG share card ({@code og:image} / {@code twitter:image}) of one explainer in one
 * language: a kicker, the headline, one key figure with its label, and the publisher's name.
 *
 * <p>Layout, on a warm light background with one accent colour: an accent band along the top; on
 * the left the kicker (letter-spaced capitals in the accent colour) above the headline (bold, wrapped to
 * at most four balanced lines, the size stepped down until it fits); on the right, behind a thin
 * vertical rule, the key figure large in the accent colour with its label below; along the bottom a
 * thin rule with a short accent bar and the publisher's name.
 *
 * <p>Every word on the card comes in as a parameter; this class holds no natural-language text.
 * The fonts come from files the caller names (the project ships DejaVu Sans in
 * {@code templates/fonts/}), never from the system, so a machine without fonts renders the same
 * card. Rendering is deterministic: fixed hints, no randomness, no clock, and the PNG is written
 * by ImageIO's PNG writer with no metadata chunks, so the same input gives the same bytes on the
 * same JDK.
 *
 * <p>Java2D must run headless ({@code java.awt.headless=true}): the command line sets it when it
 * starts.
 */
public final class SocialCard {

    public static final int WIDTH = 1200, HEIGHT = 630;

    // Palette: the site's own (templates/assets/kontext.css), on a slightly warmer ground so the
    // card stands out against the white of a feed.
    private static final Color BACKGROUND = new Color(0xF6F3EC);
    private static final Color INK = new Color(0x1C1C1C);
    private static final Color MUTED = new Color(0x55524D);
    private static final Color RULE = new Color(0xD3CDC1);
    private static final Color ACCENT = new Color(0x0B5CAD);

    // Geometry, in pixels.
    private static final int MARGIN_X = 72;
    private static final int TOP_BAND = 12;
    private static final int CONTENT_TOP = 84;
    private static final int FOOTER_RULE_Y = 532;
    private static final int CONTENT_BOTTOM = FOOTER_RULE_Y - 40;
    private static final int PUBLISHER_BASELINE = 588;
    private static final int ACCENT_BAR_WIDTH = 96;
    private static final int ACCENT_BAR_HEIGHT = 4;
    private static final int COLUMN_GAP = 44;
    private static final int FIGURE_COLUMN_WIDTH = 336;

    private static final float KICKER_SIZE = 22f;
    private static final float KICKER_TRACKING = 0.12f;
    private static final int KICKER_GAP = 26;
    private static final float HEADLINE_MAX = 58f, HEADLINE_MIN = 34f;
    private static final float HEADLINE_MAX_FULL_WIDTH = 64f;
    private static final float HEADLINE_LEADING = 1.16f;
    private static final int HEADLINE_LINES = 4;
    private static final float FIGURE_MAX = 100f, FIGURE_MIN = 40f;
    private static final int FIGURE_LINES = 2;
    private static final float FIGURE_LEADING = 1.05f;
    private static final int FIGURE_GAP = 14;
    private static final float LABEL_MAX = 26f, LABEL_MIN = 20f;
    private static final float LABEL_LEADING = 1.32f;
    private static final int LABEL_LINES = 4;
    private static final float PUBLISHER_SIZE = 28f;
    private static final float SIZE_STEP = 2f;
    private static final String ELLIPSIS = "\u2026";

    private SocialCard() {
    }

    /** Fonts loaded once per build. */
    public record Fonts(Font bold, Font regular) {

        public Fonts {
            Objects.requireNonNull(bold, "bold");
            Objects.requireNonNull(regular, "regular");
        }

        public static Fonts load(Path bold, Path regular) throws IOException {
            return new Fonts(read(bold), read(regular));
        }

        /** The fonts from the bytes of their files. */
        public static Fonts load(java.nio.ByteBuffer bold, java.nio.ByteBuffer regular, Path boldPath,
                Path regularPath) throws IOException {
            return new Fonts(read(bold, boldPath), read(regular, regularPath));
        }

        private static Font read(java.nio.ByteBuffer bytes, Path what) throws IOException {
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            try (InputStream in = new java.io.ByteArrayInputStream(copy)) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (FontFormatException e) {
                throw new IOException("not a TrueType font: " + what, e);
            }
        }

        private static Font read(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (FontFormatException e) {
                throw new IOException("not a TrueType font: " + file, e);
            }
        }
    }

    /**
     * Renders the card. headline: the explainer's title; figureValue/figureLabel: e.g. "13 221" /
     * "North Korean entries into Russia in 2024"; publisher: e.g. "Kontext"; kicker: a short label
     * above the headline (e.g. "Explainer"/"Förklaring"). Returns PNG bytes. Deterministic: the same
     * input gives byte-identical PNG output on the same JDK (no timestamps or metadata chunks; fixed
     * rendering hints; encoded with ImageIO's PNG writer, which writes no time chunk).
     *
     * <p>Only the headline is required; a blank kicker, figure or publisher is left out, and with
     * no figure the headline takes the full width.
     */
    public static byte[] png(Fonts fonts, String kicker, String headline, String figureValue, String figureLabel,
            String publisher) {
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(headline, "headline");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            draw(g, fonts, clean(kicker), clean(headline), clean(figureValue), clean(figureLabel), clean(publisher));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_DITHERING, RenderingHints.VALUE_DITHER_DISABLE);
    }

    private static void draw(Graphics2D g, Fonts fonts, String kicker, String headline, String figureValue,
            String figureLabel, String publisher) {
        FontRenderContext frc = g.getFontRenderContext();

        g.setColor(BACKGROUND);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(ACCENT);
        g.fillRect(0, 0, WIDTH, TOP_BAND);

        boolean hasFigure = !figureValue.isEmpty();
        int right = WIDTH - MARGIN_X;
        int figureLeft = right - FIGURE_COLUMN_WIDTH;
        int ruleX = figureLeft - COLUMN_GAP;
        int headlineRight = hasFigure ? ruleX - COLUMN_GAP : right;

        // Left column: kicker and headline, as one block centred in the content area.
        Font kickerFont = null;
        String kickerText = null;
        float kickerHeight = 0;
        if (!kicker.isEmpty()) {
            // Upper-cased without a locale: right for Swedish and English, the languages shipped.
            kickerFont = fonts.bold().deriveFont(Map.of(TextAttribute.SIZE, KICKER_SIZE,
                    TextAttribute.TRACKING, KICKER_TRACKING));
            kickerText = truncate(kicker.toUpperCase(Locale.ROOT), kickerFont, frc, headlineRight - MARGIN_X);
            kickerHeight = capHeight(kickerFont, frc) + KICKER_GAP;
        }
        float headlineMax = hasFigure ? HEADLINE_MAX : HEADLINE_MAX_FULL_WIDTH;
        Block head = fit(headline, fonts.bold(), headlineMax, HEADLINE_MIN, headlineRight - MARGIN_X, HEADLINE_LINES,
                HEADLINE_LEADING, frc);
        float leftHeight = kickerHeight + head.height();
        float y = Math.max(CONTENT_TOP, CONTENT_TOP + (CONTENT_BOTTOM - CONTENT_TOP - leftHeight) / 2f);
        if (kickerFont != null) {
            g.setFont(kickerFont);
            g.setColor(ACCENT);
            float baseline = y + capHeight(kickerFont, frc);
            g.drawString(kickerText, (float) MARGIN_X, baseline);
            y += kickerHeight;
        }
        g.setColor(INK);
        head.draw(g, MARGIN_X, y);

        // Right column: the key figure and its label, centred on the same middle line.
        if (hasFigure) {
            g.setColor(RULE);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Float(ruleX, CONTENT_TOP, ruleX, CONTENT_BOTTOM));

            // A figure stays on one line as long as any size down to the smallest holds it.
            Block value = fitWithin(figureValue, fonts.bold(), FIGURE_MAX, FIGURE_MIN, FIGURE_COLUMN_WIDTH, 1,
                    FIGURE_LEADING, frc);
            if (value == null) {
                value = fit(figureValue, fonts.bold(), FIGURE_MAX, FIGURE_MIN, FIGURE_COLUMN_WIDTH, FIGURE_LINES,
                        FIGURE_LEADING, frc);
            }
            Block label = figureLabel.isEmpty() ? null
                    : fit(figureLabel, fonts.regular(), LABEL_MAX, LABEL_MIN, FIGURE_COLUMN_WIDTH, LABEL_LINES,
                            LABEL_LEADING, frc);
            float rightHeight = value.height() + (label == null ? 0 : FIGURE_GAP + label.height());
            float fy = Math.max(CONTENT_TOP, CONTENT_TOP + (CONTENT_BOTTOM - CONTENT_TOP - rightHeight) / 2f);
            g.setColor(ACCENT);
            value.draw(g, figureLeft, fy);
            if (label != null) {
                g.setColor(MUTED);
                label.draw(g, figureLeft, fy + value.height() + FIGURE_GAP);
            }
        }

        // Footer: a thin rule with a short accent bar on it, and the publisher's name.
        g.setColor(RULE);
        g.fillRect(MARGIN_X, FOOTER_RULE_Y, right - MARGIN_X, 2);
        g.setColor(ACCENT);
        g.fillRect(MARGIN_X, FOOTER_RULE_Y - 1, ACCENT_BAR_WIDTH, ACCENT_BAR_HEIGHT);
        if (!publisher.isEmpty()) {
            Font font = fonts.bold().deriveFont(PUBLISHER_SIZE);
            g.setFont(font);
            g.setColor(INK);
            String text = truncate(publisher, font, frc, right - MARGIN_X);
            g.drawString(text, (float) MARGIN_X, (float) PUBLISHER_BASELINE);
        }
    }

    /** Lines of one font size, top-aligned: each line's baseline is one leading below the last. */
    private record Block(Font font, List<String> lines, float ascent, float lineHeight) {

        float height() {
            return ascent + (lines.size() - 1) * lineHeight + descentAllowance();
        }

        private float descentAllowance() {
            return font.getSize2D() * 0.22f;
        }

        void draw(Graphics2D g, float x, float top) {
            g.setFont(font);
            float baseline = top + ascent;
            for (String line : lines) {
                g.drawString(line, x, baseline);
                baseline += lineHeight;
            }
        }
    }

    /**
     * The largest size, from {@code max} down to {@code min} in steps of {@link #SIZE_STEP}, at
     * which the text wraps into at most {@code maxLines} lines with no word wider than the column;
     * the lines are then balanced (the narrowest width that still gives the same number of lines).
     * At the smallest size a word wider than the column is broken between characters, and text
     * that still needs more lines ends the last line with an ellipsis.
     */
    private static Block fit(String text, Font base, float max, float min, float width, int maxLines, float leading,
            FontRenderContext frc) {
        Block fitted = fitWithin(text, base, max, min, width, maxLines, leading, frc);
        if (fitted != null) {
            return fitted;
        }
        Font font = base.deriveFont(min);
        List<String> lines = wrap(text, font, frc, width, true);
        if (lines.size() > maxLines) {
            lines = new ArrayList<>(lines.subList(0, maxLines));
            lines.set(maxLines - 1, truncate(lines.get(maxLines - 1) + ELLIPSIS, font, frc, width));
        }
        return block(font, lines, leading, frc);
    }

    /** As {@link #fit}, but {@code null} when no size from max to min holds the text whole. */
    private static Block fitWithin(String text, Font base, float max, float min, float width, int maxLines,
            float leading, FontRenderContext frc) {
        for (float size = max; size >= min; size -= SIZE_STEP) {
            Font font = base.deriveFont(size);
            List<String> lines = wrap(text, font, frc, width, false);
            if (lines != null && lines.size() <= maxLines) {
                return block(font, balance(text, font, frc, width, lines.size()), leading, frc);
            }
        }
        return null;
    }

    private static Block block(Font font, List<String> lines, float leading, FontRenderContext frc) {
        return new Block(font, List.copyOf(lines), capHeight(font, frc), font.getSize2D() * leading);
    }

    /** The narrowest width that wraps into the same number of lines, so the lines come out even. */
    private static List<String> balance(String text, Font font, FontRenderContext frc, float width, int count) {
        if (count < 2) {
            return wrap(text, font, frc, width, false);
        }
        float lo = 0, hi = width;
        while (hi - lo > 1f) {
            float mid = (lo + hi) / 2f;
            List<String> lines = wrap(text, font, frc, mid, false);
            if (lines != null && lines.size() <= count) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return wrap(text, font, frc, hi, false);
    }

    /**
     * Greedy word wrap at spaces (non-breaking spaces hold). A word wider than the column gives
     * {@code null}, unless {@code breakWords}, when it is split between characters.
     */
    private static List<String> wrap(String text, Font font, FontRenderContext frc, float width, boolean breakWords) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, frc) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (width(word, font, frc) <= width) {
                line.append(word);
            } else if (breakWords) {
                List<String> pieces = breakWord(word, font, frc, width);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                line.append(pieces.get(pieces.size() - 1));
            } else {
                return null;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Splits one over-long word between characters (never inside a surrogate pair or cluster). */
    private static List<String> breakWord(String word, Font font, FontRenderContext frc, float width) {
        List<String> pieces = new ArrayList<>();
        BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
        chars.setText(word);
        int start = 0;
        int last = chars.first();
        for (int end = chars.next(); end != BreakIterator.DONE; end = chars.next()) {
            if (width(word.substring(start, end), font, frc) > width && last > start) {
                pieces.add(word.substring(start, last));
                start = last;
            }
            last = end;
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    /** The text, cut at a character boundary and ended with an ellipsis if it is wider than the column. */
    private static String truncate(String text, Font font, FontRenderContext frc, float width) {
        if (width(text, font, frc) <= width) {
            return text;
        }
        String body = text.endsWith(ELLIPSIS) ? text.substring(0, text.length() - ELLIPSIS.length()) : text;
        BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
        chars.setText(body);
        for (int end = chars.last(); end != BreakIterator.DONE && end > 0; end = chars.previous()) {
            String candidate = body.substring(0, end).stripTrailing() + ELLIPSIS;
            if (width(candidate, font, frc) <= width) {
                return candidate;
            }
        }
        return ELLIPSIS;
    }

    private static float width(String text, Font font, FontRenderContext frc) {
        Rectangle2D bounds = font.getStringBounds(text, frc);
        return (float) bounds.getWidth();
    }

    /** Height of a capital letter above the baseline, from the font's own outline. */
    private static float capHeight(Font font, FontRenderContext frc) {
        return (float) -font.createGlyphVector(frc, "H").getVisualBounds().getY();
    }

    /** Runs of ASCII whitespace become one space (no-break spaces stay); null becomes empty. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
