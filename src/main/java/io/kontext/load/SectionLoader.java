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
    private final MarkdownConverter markdown;

    SectionLoader(Diagnostics diagnostics, References refs, MarkdownConverter markdown) {
        this.diagnostics = diagnostics;
        this.refs = refs;
        this.markdown = markdown;
    }

    /** @param id the section's id, which its headings' ids start with */
    Optional<Section.Text> load(SourceText file, String id) {
        Optional<FrontMatter> fm = FrontMatter.read(file, diagnostics, "title: ...");
        if (fm.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fm.get().fields();
        Optional<String> title = f.requiredText("title", "the section's heading");
        List<String> sources = refs.sources(f.textList("sources", false));
        f.finish();
        title.ifPresent(t -> refs.text(t, o -> f.valuePosition("title")));
        title.ifPresent(t -> markdown.checkPlain(t, f.valuePosition("title")));
        String body = fm.get().body();
        String text = file.text();
        int bodyStart = fm.get().bodyStart();
        final int offset = bodyStart;
        refs.text(body, o -> file.positionOf(offset + o));
        int bodyLine = file.positionOf(Math.min(bodyStart, Math.max(0, text.length() - 1))).line();
        if (title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section.Text(title.get(), sources, file, markdown.block(body,
                o -> file.positionOf(offset + o), id), bodyLine));
    }
}
