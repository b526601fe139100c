package io.kontext.create;

import io.kontext.diag.SourceText;
import io.kontext.load.SeedParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the lines of a scraped article that are probably not the article: page furniture that news
 * sites put between paragraphs ("Läs också", "Just nu läser andra", "Annons", "Dela"), captions
 * and bylines ("Foto: ...", "Publicerad ..."), lines without words, and the teaser headlines that
 * follow a "Läs också" or stand in a row of short lines without a paragraph. They are only
 * suspects: {@code kontext new} lists them under {@code article.drop} for the editor to confirm.
 */
final class Leftovers {

    /** A suspected leftover: its text as the build compares it, its line, and why it is suspected. */
    record Suspect(String text, int line, String reason) {
    }

    /** Whole lines that news sites print around an article (compared in lower case, without a colon). */
    static final Set<String> PHRASES = Set.of(
            "läs också", "läs mer", "just nu läser andra", "mest läst", "mest läst just nu", "andra läser",
            "annons", "annonsera", "dela", "dela artikeln", "kopiera länk", "spara", "lyssna", "lyssna på artikeln",
            "prenumerera", "logga in", "relaterat", "relaterade artiklar", "kommentera", "följ", "följ ämnet",
            "nyhetsbrev", "publicerad", "uppdaterad", "rättad", "tipsa oss", "visa fler", "se också", "mer om",
            "read more", "read also", "see also", "advertisement", "share", "share this article", "related",
            "most read", "sign in", "subscribe", "listen", "follow");

    /** Beginnings of lines that are captions, bylines or link teasers, not article text. */
    static final List<String> PREFIXES = List.of("läs också:", "läs mer:", "se också:", "foto:", "bild:", "grafik:",
            "video:", "publicerad ", "uppdaterad ", "read more:", "read also:", "photo:", "image:", "published ",
            "updated ");

    /** Lines like "Läs också" that introduce teasers: the short lines right after them are teasers too. */
    private static final Set<String> TEASER_LEADS = Set.of("läs också", "läs mer", "just nu läser andra", "mest läst",
            "mest läst just nu", "andra läser", "relaterat", "relaterade artiklar", "se också", "read more", "read also",
            "see also", "related", "most read");

    private Leftovers() {
    }

    static List<Suspect> find(SourceText seed) {
        List<Integer> numbers = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= seed.lineCount(); n++) {
            String text = SeedParser.collapse(seed.line(n));
            if (!text.isEmpty()) {
                numbers.add(n);
                lines.add(text);
            }
        }
        Map<Integer, Suspect> found = new LinkedHashMap<>();
        // the first line is the headline, never a leftover
        for (int i = 1; i < lines.size(); i++) {
            String text = lines.get(i);
            String reason = null;
            if (PHRASES.contains(key(text))) {
                reason = "a phrase news sites print around articles";
            } else if (PREFIXES.stream().anyMatch(p -> text.toLowerCase(Locale.ROOT).startsWith(p))) {
                reason = "reads like a caption, a byline or a link, not article text";
            } else if (!text.codePoints().anyMatch(Character::isLetter)) {
                reason = "has no words";
            }
            if (reason != null) {
                found.put(i, new Suspect(text, numbers.get(i), reason));
            }
        }
        // after "Läs också" come teasers: the run of short lines, except a last one that a paragraph
        // follows when the run has more than one (that one is the next subhead)
        for (int i = 1; i < lines.size(); i++) {
            if (!TEASER_LEADS.contains(key(lines.get(i)))) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !found.containsKey(end) && shortLine(lines.get(end))) {
                end++;
            }
            int teasers = end - (i + 1);
            if (teasers >= 2 && end < lines.size() && !found.containsKey(end)) {
                end--;
            }
            for (int t = i + 1; t < end; t++) {
                found.put(t, new Suspect(lines.get(t), numbers.get(t), "a teaser headline after \"" + lines.get(i) + "\""));
            }
        }
        // a subhead introduces a paragraph: a short line followed by none (past the suspects) is not one
        for (int i = 1; i < lines.size(); i++) {
            if (found.containsKey(i) || !shortLine(lines.get(i))) {
                continue;
            }
            int next = i + 1;
            while (next < lines.size() && found.containsKey(next)) {
                next++;
            }
            if (next == lines.size() || shortLine(lines.get(next))) {
                found.put(i, new Suspect(lines.get(i), numbers.get(i),
                        "a short line with no paragraph after it, so not a subhead"));
            }
        }
        List<Suspect> out = new ArrayList<>(found.values());
        out.sort(java.util.Comparator.comparingInt(Suspect::line));
        return List.copyOf(out);
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[:.…]+$", "").strip();
    }

    /** Short and without closing punctuation: what the seed parser takes for a subhead (see SeedParser). */
    private static boolean shortLine(String text) {
        return text.length() <= 80 && ".!?…:;\"”»)".indexOf(text.charAt(text.length() - 1)) < 0;
    }
}
