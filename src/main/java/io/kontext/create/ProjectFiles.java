package io.kontext.create;

import io.kontext.model.Block;
import io.kontext.model.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The texts of a new project's files under {@code site/}: {@code site.yaml} filled from the
 * article, the translation files with every block pending, empty data files with a commented
 * example each, and the summary section. Every value the editor must look at carries a comment
 * saying so ({@code CHECK}); nothing here is meant to be published as it is.
 */
final class ProjectFiles {

    private final List<NewLanguage> languages;
    private final List<Block> blocks;
    private final String seed;
    private final LocalDate today;

    /** @param seed the article's path in the project, {@code seeds/<name>} */
    ProjectFiles(List<NewLanguage> languages, List<Block> blocks, String seed, LocalDate today) {
        this.languages = languages;
        this.blocks = blocks;
        this.seed = seed;
        this.today = today;
    }

    private NewLanguage original() {
        return languages.get(0);
    }

    String siteYaml(String name, List<Leftovers.Suspect> drop) {
        StringBuilder b = new StringBuilder();
        b.append("# The explainer's settings, written by 'kontext new' on ").append(today).append(" from ").append(seed)
                .append(".\n# See README.md (\"A project\") for every key. Look at each line marked CHECK before publishing.\n");
        b.append("title:\n");
        perLanguage(b, headline().text(), "CHECK: the headline; translation pending");
        b.append("description:\n");
        perLanguage(b, description(), "CHECK: a sentence on what the explainer is about; translation pending");
        b.append("# The first language is the article's own; the others are translations.\nlanguages:\n");
        for (NewLanguage l : languages) {
            b.append("  - code: ").append(l.code()).append('\n');
            b.append("    locale: ").append(l.locale()).append(l.known() ? "" : "   # CHECK: a locale such as sv-SE")
                    .append('\n');
            b.append("    name: ").append(Yaml.quote(l.name())).append(l.known() ? "" : "   # CHECK: the name in itself")
                    .append('\n');
            if (Language.Direction.of(l.code()) == Language.Direction.RTL) {
                b.append("    direction: rtl   # written right to left; ltr if not\n");
            }
        }
        b.append("# CHECK: the address the site will be published at, ending in '/'\n");
        b.append("baseUrl: https://example.org/").append(slug(name)).append("/\n");
        b.append("# CHECK: the organisation that publishes the explainer, and its home page\n");
        b.append("publisher:\n  name: ").append(Yaml.quote(name)).append("\n  url: https://example.org/\n");
        b.append("published: ").append(today).append('\n');
        b.append("updated: ").append(today).append('\n');
        b.append("article:\n  seed: ").append(Yaml.quote(seed)).append('\n');
        b.append("  # CHECK: the day the article was published; timeline events after it are marked as later\n");
        b.append("  published: ").append(today).append('\n');
        if (drop.isEmpty()) {
            b.append("  # Lines of the scraped page that are not part of the article, e.g. \"Läs också\".\n");
            b.append("  drop: []\n");
        } else {
            b.append("  # Lines of the scraped page that are not part of the article, as 'kontext new' suspects them.\n");
            b.append("  # CHECK each one: delete an entry that is part of the article, and add any it missed.\n");
            b.append("  drop:\n");
            for (Leftovers.Suspect s : drop) {
                b.append("    - ").append(Yaml.quote(s.text())).append("   # line ").append(s.line()).append(": ")
                        .append(s.reason()).append('\n');
            }
        }
        b.append("# Timeline categories, in the order of the filter buttons; each event names one. For example:\n");
        b.append("#  - id: decisions\n");
        for (NewLanguage l : languages) {
            b.append("#    ").append(l.code()).append(": \"...\"\n");
        }
        b.append("categories:\n  - id: events\n");
        for (NewLanguage l : languages) {
            b.append("    ").append(l.code()).append(": ").append(Yaml.quote(l.category()))
                    .append(l.known() ? "" : "   # CHECK: translate").append('\n');
        }
        b.append("# The explainer page's sections, in order. figures, timeline, article, corrections, glossary and\n");
        b.append("# sources are built from the data; any other name is a Markdown file site/content/<lang>/<name>.md.\n");
        b.append("sections: [summary, figures, timeline, article, corrections, glossary, sources]\n");
        return b.toString();
    }

    /** The original's text for every language; the translations' marked pending. */
    private void perLanguage(StringBuilder b, String text, String pendingComment) {
        for (NewLanguage l : languages) {
            b.append("  ").append(l.code()).append(": ").append(Yaml.quote(text));
            if (l != original()) {
                b.append("   # ").append(pendingComment);
            }
            b.append('\n');
        }
    }

    String translation(NewLanguage l) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(l.name()).append(" translation of ").append(seed).append(", block by block, written by ")
                .append("'kontext new'.\n");
        b.append("# Translate each block's 'text' and remove its 'status: pending' line. Until then the page shows\n");
        b.append("# the original with a notice, 'build --lenient' passes with a warning for each pending block and\n");
        b.append("# 'build' fails. 'source' is the hash of the original block: when the original changes, the\n");
        b.append("# build reports its translation as stale. Translate faithfully, errors included: errors are\n");
        b.append("# corrected in site/data/corrections.yaml.\n");
        b.append("blocks:\n");
        for (Block block : blocks) {
            b.append("  - id: ").append(block.id()).append('\n');
            b.append("    source: ").append(block.hash()).append('\n');
            b.append("    # ").append(original().code()).append(": ").append(block.text()).append('\n');
            b.append("    text: \"\"\n");
            b.append("    status: pending\n");
        }
        return b.toString();
    }

    String timeline() {
        return header("The timeline: one entry per event, in any order (the page sorts them by date).")
                + "#  - id: first-event                # lower-case letters, digits and '-': the event's #anchor\n"
                + "#    date: " + today + "                # YYYY-MM-DD, YYYY-MM, YYYY or YYYY-spring|summer|autumn|winter\n"
                + "#    category: events               # an id from 'categories' in site.yaml\n"
                + "#    status: confirmed              # confirmed, reported or claimed, as the sources put it\n"
                + "#    sources: [first-source]        # ids from sources.yaml\n"
                + words("title: \"...\", text: \"...\"")
                + "events: []\n";
    }

    String figures() {
        return header("Key figures: numbers written once, their words per language.")
                + "#  - id: visitors                   # on the page: #figure-visitors\n"
                + "#    value: 1200                    # or range: [1000, 1500], or parts: [13, 1, 1]\n"
                + "#    approximate: true              # optional\n"
                + "#    asOf: " + today.getYear() + "\n"
                + "#    sources: [first-source]\n"
                + words("unit: \"...\", label: \"...\", note: \"...\"")
                + "figures: []\n";
    }

    String sources() {
        return header("The sources the explainer rests on, numbered in this order. A source nobody cites is a warning.")
                + "#  - id: first-source\n"
                + "#    publisher: \"...\"\n"
                + "#    title: \"...\"\n"
                + "#    url: https://example.org/\n"
                + "#    date: " + today + "\n"
                + "#    language: " + original().code() + "\n"
                + "sources: []\n";
    }

    String glossary() {
        return header("The glossary: terms and their definitions per language.")
                + "#  - id: first-term\n"
                + words("term: \"...\", definition: \"...\"")
                + "terms: []\n";
    }

    String corrections() {
        return header("Dated corrections and clarifications of the article. The article is never edited: the quoted\n"
                + "# words of the block are marked and the note shown beside them.")
                + "#  - id: first-correction\n"
                + "#    date: " + today + "\n"
                + "#    type: correction               # or clarification\n"
                + "#    block: p1                      # the article block: ids are in site/article/*.yaml\n"
                + "#    sources: [first-source]\n"
                + words("quote: \"the exact words of the block\", text: \"what is right\"")
                + "corrections: []\n";
    }

    /** The summary section: the article's first paragraph to start from, in every language for now. */
    String summary(NewLanguage l) {
        StringBuilder b = new StringBuilder("---\n");
        b.append("title: ").append(Yaml.quote(l.summaryTitle()));
        b.append(l.known() ? "" : "   # CHECK: translate").append('\n');
        b.append("# CHECK: the explainer's summary in a few points; it starts as the article's first paragraph");
        b.append(l == original() ? "" : ",\n# in the original language: translation pending").append('\n');
        b.append("---\n");
        b.append("- ").append(markdownText(firstParagraph().text())).append('\n');
        return b.toString();
    }

    private String header(String what) {
        return "# " + what + " See README.md (\"Data files\").\n# For example:\n#\n";
    }

    private String words(String fields) {
        StringBuilder b = new StringBuilder();
        for (NewLanguage l : languages) {
            b.append("#    ").append(l.code()).append(": {").append(fields).append("}\n");
        }
        return b.toString();
    }

    private Block headline() {
        return blocks.get(0);
    }

    private Block firstParagraph() {
        return blocks.stream().filter(x -> x.kind() == Block.Kind.PARAGRAPH).findFirst().orElse(headline());
    }

    /** The first paragraph, or its first sentence when it is long, for the page's description. */
    String description() {
        String p = firstParagraph().text();
        if (p.length() <= 200) {
            return p;
        }
        int end = p.indexOf(". ");
        if (end > 0 && end < 200) {
            return p.substring(0, end + 1);
        }
        int space = p.lastIndexOf(' ', 197);
        return p.substring(0, space > 0 ? space : 197) + "…";
    }

    /** Text as Markdown that renders as the same text: punctuation Markdown would read is escaped. */
    static String markdownText(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>{}#|])", "\\\\$1");
    }

    /** A folder name as a path segment of an address: "Nytt bibliotek" becomes "nytt-bibliotek". */
    static String slug(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String s = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "explainer" : s;
    }
}
