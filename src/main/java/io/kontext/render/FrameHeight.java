package io.kontext.render;

import java.util.List;
import java.util.Locale;

/**
 * How tall the frame of an embed must be to show it whole when no script sizes it: the
 * copy-paste code on a host that strips scripts, a CMS that keeps only the frame. The height is
 * estimated from the length of the words at the sizes of the default stylesheet ({@code
 * kontext.css}: body text 17 px at a line height of 1.6, embed padding 12 px, …) at a phone's
 * and a desktop's frame width; with a script the frame takes the exact height instead. An
 * estimate errs on the tall side; a frame that still comes out short is cut off by the embed page
 * with a way to the rest (see {@code embed.js}).
 */
final class FrameHeight {

    /** Frame widths the two heights are for. */
    static final int PHONE = 360;
    static final int DESKTOP = 760;

    /**
     * A height at a phone's width and at a desktop's (and wider), in a straight line between.
     */
    record Height(int phone, int desktop) {

        /** The height at one width: for the oEmbed answer, which has one number. */
        int at(int width) {
            if (width <= PHONE) {
                return phone;
            }
            if (width >= DESKTOP) {
                return desktop;
            }
            return Math.round(phone + (desktop - phone) * (float) (width - PHONE) / (DESKTOP - PHONE));
        }

        /**
         * As CSS, from the width of the host's window (an inline style cannot know the frame's
         * own width): {@code clamp(low, a ± b·vw, high)}, through both heights.
         */
        String css() {
            if (phone == desktop) {
                return phone + "px";
            }
            float slope = (desktop - phone) / (float) (DESKTOP - PHONE);
            long intercept = Math.round(phone - slope * PHONE);
            String vw = String.format(Locale.ROOT, "%.2fvw", Math.abs(slope * 100));
            return "clamp(" + Math.min(phone, desktop) + "px," + intercept + "px " + (slope < 0 ? "- " : "+ ") + vw
                    + "," + Math.max(phone, desktop) + "px)";
        }
    }

    /** Lists fold to fit any frame (see {@code embed.js}): one of this height shows their latest items. */
    static final Height LIST = new Height(640, 640);

    private FrameHeight() {
    }

    /**
     * One event: the year, the line of date and tags, the title, the text, its notes, the line of
     * sources and the credit.
     */
    static Height event(String meta, String title, String text, List<String> notes, boolean cites, String credit) {
        return new Height(event(meta, title, text, notes, cites, credit, PHONE),
                event(meta, title, text, notes, cites, credit, DESKTOP));
    }

    private static int event(String meta, String title, String text, List<String> notes, boolean cites, String credit,
            int width) {
        int column = width - 2 * 12 - 30; // the embed's padding, the timeline's rail
        double px = 2 * 12 + 46 + lines(meta, 14.45, column) * 27 + 10 + lines(title, 17.85, column) * 22.3
                + lines(text, 17, column) * 27.2 + 20;
        for (String note : notes) {
            px += 40 + lines(note, 16.15, column - 28) * 25.8;
        }
        px += (cites ? 49 : 0) + credit(credit, width);
        return round(px);
    }

    /** One key figure: its card (value, label, note, date and sources) and the credit. */
    static Height figure(String label, String note, String credit) {
        return new Height(figure(label, note, credit, PHONE), figure(label, note, credit, DESKTOP));
    }

    private static int figure(String label, String note, String credit, int width) {
        int column = width - 2 * 12 - 2 * 17; // the embed's padding, the card's
        double px = 2 * 12 + 4 + 2 * 12 + 44 + lines(label, 17, column) * 27.2 + 8 + lines(note, 15.3, column) * 23
                + 8 + 31 + credit(credit, width);
        return round(px);
    }

    private static double credit(String credit, int width) {
        return 25 + lines(credit, 14.45, width - 2 * 12) * 23.2;
    }

    /**
     * The lines a text takes in a column: about 0.55 em a character (wide for Latin system
     * fonts, as an estimate should be), and some room for words that wrap early.
     */
    static int lines(String text, double fontPx, int columnPx) {
        String words = text.replaceAll("\\{\\{[^}]*}}", "").replaceAll("\\]\\([^)]*\\)|[*_`\\[\\]#>]", "").strip();
        if (words.isEmpty()) {
            return 0;
        }
        return (int) Math.ceil(words.length() * fontPx * 0.55 * 1.08 / columnPx);
    }

    private static int round(double px) {
        return (int) (Math.ceil(px / 10) * 10);
    }
}
