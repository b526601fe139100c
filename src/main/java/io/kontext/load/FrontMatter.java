package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.SourceText;
import java.util.Optional;

/**
 * The YAML front matter of a Markdown file, between a first line {@code ---} and the next line
 * {@code ---}, and the body after it. Positions in both are those of the file.
 */
record FrontMatter(Fields fields, String body, int bodyStart) {

    static Optional<FrontMatter> read(SourceText file, Diagnostics diagnostics, String example) {
        String text = file.text();
        if (!text.startsWith("---\n")) {
            diagnostics.error(file.at(1, 1), "front-matter", file.path() + " has no front matter",
                    "start the file with a line '---', then '" + example + "', then another '---' line");
            return Optional.empty();
        }
        int close = text.indexOf("\n---\n", 3);
        int bodyStart;
        if (close >= 0) {
            bodyStart = close + 5;
        } else if (text.endsWith("\n---")) {
            close = text.length() - 4;
            bodyStart = text.length();
        } else {
            diagnostics.error(file.at(1, 1), "front-matter", "the front matter of " + file.path() + " is not closed",
                    "add a line '---' after the last front matter line");
            return Optional.empty();
        }
        String yaml = text.substring(4, close + 1);
        YamlReader reader = new YamlReader(diagnostics);
        Optional<YamlNode> root = reader.read(file, yaml, 1);
        if (root.isEmpty()) {
            if (reader.empty(root)) {
                diagnostics.error(file.at(1, 1), "missing", file.path() + " has an empty front matter",
                        "write '" + example + "' between the '---' lines");
            }
            return Optional.empty();
        }
        return Fields.of(root.get(), diagnostics, "the front matter")
                .map(f -> new FrontMatter(f, text.substring(bodyStart), bodyStart));
    }
}
