package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.SourceText;
import io.kontext.model.Section;
import java.util.List;
import java.util.Optional;

/**
 * Reads one Markdown section file: YAML front matter between {@code ---} lines (a {@code title}
 * and, optionally, the {@code sources} the section rests on), then the Markdown body. Positions in
 * the front matter and the body are those of the file.
 */
final class SectionLoader {

    private final Diagnostics diagnostics;
    private final References refs;

    SectionLoader(Diagnostics diagnostics, References refs) {
        this.diagnostics = diagnostics;
        this.refs = refs;
    }

    Optional<Section.Text> load(SourceText file) {
        String text = file.text();
        if (!text.startsWith("---\n")) {
            diagnostics.error(file.at(1, 1), "front-matter", file.path() + " has no front matter",
                    "start the file with a line '---', then 'title: ...', then another '---' line");
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
        Optional<YamlNode> root = new YamlReader(diagnostics).read(file, yaml, 1);
        if (root.isEmpty()) {
            if (!diagnostics.hasErrors()) {
                diagnostics.error(file.at(1, 1), "missing", file.path() + " has an empty front matter",
                        "write 'title: ...' between the '---' lines");
            }
            return Optional.empty();
        }
        Optional<Fields> fm = Fields.of(root.get(), diagnostics, "the front matter");
        if (fm.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fm.get();
        Optional<String> title = f.requiredText("title", "the section's heading");
        List<String> sources = refs.sources(f.textList("sources", false));
        f.finish();
        title.ifPresent(t -> refs.text(t, o -> f.valuePosition("title")));
        String body = text.substring(bodyStart);
        final int offset = bodyStart;
        refs.text(body, o -> file.positionOf(offset + o));
        int bodyLine = file.positionOf(Math.min(bodyStart, Math.max(0, text.length() - 1))).line();
        return title.map(t -> new Section.Text(t, sources, file, body, bodyLine));
    }
}
