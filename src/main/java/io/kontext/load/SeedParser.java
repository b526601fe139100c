package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.SourceText;
import io.kontext.model.Block;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a plain-text article into blocks. The first line is the headline; every other non-empty
 * line is a block: a subhead when it is short and has no closing punctuation, a paragraph
 * otherwise. Lines the site names as scrape leftovers ("Läs också") are dropped. Ids are stable:
 * {@code headline}, then {@code s1, s2, ...} for subheads and {@code p1, p2, ...} for paragraphs.
 * The text is treated as text, never as markup.
 */
public final class SeedParser {

    static final int MAX_SUBHEAD_LENGTH = 80;
    private static final String CLOSING = ".!?…:;\"”»)";

    private final Diagnostics diagnostics;

    public SeedParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public List<Block> parse(SourceText seed, List<String> drop) {
        Set<String> dropSet = new LinkedHashSet<>();
        drop.forEach(d -> dropSet.add(collapse(d)));
        Set<String> dropped = new LinkedHashSet<>();
        List<Block> blocks = new ArrayList<>();
        int subheads = 0;
        int paragraphs = 0;
        for (int n = 1; n <= seed.lineCount(); n++) {
            String raw = seed.line(n);
            String text = collapse(raw);
            if (text.isEmpty()) {
                continue;
            }
            if (dropSet.contains(text)) {
                dropped.add(text);
                continue;
            }
            int column = raw.length() - raw.stripLeading().length() + 1;
            Block.Kind kind;
            String id;
            if (blocks.isEmpty()) {
                kind = Block.Kind.HEADLINE;
                id = "headline";
            } else if (isSubhead(text)) {
                kind = Block.Kind.SUBHEAD;
                id = "s" + ++subheads;
            } else {
                kind = Block.Kind.PARAGRAPH;
                id = "p" + ++paragraphs;
            }
            blocks.add(new Block(id, kind, text, hash(text), seed.at(n, column)));
        }
        if (blocks.isEmpty()) {
            diagnostics.error(seed.at(1, 1), "empty-article", seed.path() + " has no text",
                    "the seed must hold the article: a headline line, then paragraphs");
        }
        for (String d : dropSet) {
            if (!dropped.contains(d)) {
                diagnostics.warning(seed.whole(), "drop-unused", "the line to drop '" + d + "' does not occur in the article",
                        "remove it from 'article.drop' in site/site.yaml, or fix its spelling");
            }
        }
        return blocks;
    }

    static boolean isSubhead(String text) {
        return text.length() <= MAX_SUBHEAD_LENGTH && CLOSING.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** Trims and folds runs of white space into one space: what a block's identity depends on. */
    public static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The first ten hex digits of the SHA-256 of the collapsed text. */
    public static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(collapse(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
