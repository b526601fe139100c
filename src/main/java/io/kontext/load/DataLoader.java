package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.SourceText;
import io.kontext.model.Correction;
import io.kontext.model.Event;
import io.kontext.model.Figure;
import io.kontext.model.Language;
import io.kontext.model.Source;
import io.kontext.model.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the typed data files under {@code site/data/}: sources, timeline events, key figures,
 * glossary terms and corrections. Facts are read once; words once per language.
 */
final class DataLoader {


    private final Diagnostics diagnostics;
    private final List<Language> languages;
    private final DataFile files;
    private final References refs;

    private final List<String> categories;
    private final MarkdownConverter markdown;

    DataLoader(Diagnostics diagnostics, List<Language> languages, List<String> categories, References refs,
            MarkdownConverter markdown) {
        this.categories = categories;
        this.markdown = markdown;
        this.diagnostics = diagnostics;
        this.languages = languages;
        this.files = new DataFile(diagnostics, refs);
        this.refs = refs;
    }

    /** How many items of a kind its file lists, valid or not. */
    int count(String kind) {
        return files.count(kind);
    }

    /** Registers the placeholders in a text field; positions are that of the field's value. */
    private void scan(Fields w, String key, Optional<String> value) {
        value.ifPresent(v -> refs.text(v, offset -> w.valuePosition(key)));
    }

    /** A title or label: its placeholders registered, and no citation in it. */
    private void plain(Fields w, String key, Optional<String> value) {
        scan(w, key, value);
        value.ifPresent(v -> markdown.checkPlain(v, w.valuePosition(key)));
    }

    List<Source> sources(SourceText file) {
        java.util.concurrent.atomic.AtomicInteger number = new java.util.concurrent.atomic.AtomicInteger();
        return files.items(file, "sources", "source", "a source", f -> {
            String id = f.requiredText("id", null).orElseThrow();
            Optional<String> publisher = f.requiredText("publisher", "who published it, e.g. KBS World");
            Optional<String> title = f.requiredText("title", "the title as published");
            Optional<String> url = f.requiredText("url", "the address, https://...");
            url.ifPresent(u -> Links.checkExternal(u, f.valuePosition("url"), diagnostics));
            var date = f.partialDate("date", true);
            Optional<String> language = f.requiredText("language", "the language code of the source, e.g. en");
            if (publisher.isEmpty() || title.isEmpty() || url.isEmpty() || date.isEmpty() || language.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Source(id, number.incrementAndGet(), publisher.get(), title.get(), url.get(),
                    date.get(), language.get(), f.position()));
        });
    }

    List<Event> events(SourceText file) {
        return files.items(file, "events", "event", "an event", f -> {
            String id = f.requiredText("id", null).orElseThrow();
            var date = f.partialDate("date", true);
            var end = f.partialDate("end", false);
            if (date.isPresent() && end.isPresent() && end.get().start().isBefore(date.get().start())) {
                diagnostics.error(f.valuePosition("end"), "date", "event '" + id + "' ends before it starts", null);
            }
            Optional<String> category = f.choice("category", categories);
            Optional<Event.Status> status = f.choice("status", Event.Status.keys()).map(Event.Status::of);
            var sources = refs.sources(f.textList("sources", true));
            var words = Words.blocks(f, languages, diagnostics, "event", id, "'title' and 'text'",
                    (w, l) -> {
                        Optional<String> title = w.requiredText("title", "a short headline for the event");
                        Optional<String> text = w.requiredText("text", "one to three sentences");
                        plain(w, "title", title);
                        scan(w, "text", text);
                        if (title.isEmpty() || text.isEmpty()) {
                            return Optional.empty();
                        }
                        return Optional.of(new Event.Words(title.get(), markdown.block(text.get(),
                                o -> w.valuePosition("text"), id), w.valuePosition("title"), w.valuePosition("text")));
                    });
            if (date.isEmpty() || category.isEmpty() || status.isEmpty() || words.size() < languages.size()) {
                return Optional.empty();
            }
            return Optional.of(new Event(id, date.get(), end.orElse(null), category.get(), status.get(),
                    sources, words, f.position()));
        });
    }

    List<Figure> figures(SourceText file) {
        return files.items(file, "figures", "figure", "a key figure", f -> {
            String id = f.requiredText("id", null).orElseThrow();
            int shapes = (f.has("value") ? 1 : 0) + (f.has("range") ? 1 : 0) + (f.has("parts") ? 1 : 0);
            Figure.Shape shape = null;
            List<BigDecimal> numbers = new ArrayList<>();
            if (shapes != 1) {
                diagnostics.error(f.position(), "figure-value", "figure '" + id + "' needs exactly one of 'value', 'range' "
                        + "or 'parts'", "value: 13221, or range: [10000, 12000], or parts: [13, 1, 1]");
            } else if (f.has("value")) {
                shape = Figure.Shape.SINGLE;
                f.text("value").flatMap(v -> number(v, f.valuePosition("value"))).ifPresent(numbers::add);
            } else {
                String key = f.has("range") ? "range" : "parts";
                shape = key.equals("range") ? Figure.Shape.RANGE : Figure.Shape.PARTS;
                for (Fields.Item item : f.textList(key, true)) {
                    number(item.value(), item.position()).ifPresent(numbers::add);
                }
                if (shape == Figure.Shape.RANGE && numbers.size() == 2 && numbers.get(0).compareTo(numbers.get(1)) >= 0) {
                    diagnostics.error(f.valuePosition("range"), "figure-value", "a range must go from low to high", null);
                } else if (shape == Figure.Shape.RANGE && numbers.size() != 2) {
                    diagnostics.error(f.valuePosition("range"), "figure-value", "a range has two numbers: [low, high]", null);
                } else if (shape == Figure.Shape.PARTS && numbers.size() < 2) {
                    diagnostics.error(f.valuePosition("parts"), "figure-value", "parts need at least two numbers", null);
                }
            }
            boolean approximate = f.bool("approximate").orElse(false);
            var asOf = f.partialDate("asOf", true);
            var sources = refs.sources(f.textList("sources", true));
            var words = Words.blocks(f, languages, diagnostics, "figure", id, "'label' and 'note'",
                    (w, l) -> {
                        String unit = w.text("unit").orElse("");
                        Optional<String> label = w.requiredText("label", "what the number counts");
                        Optional<String> note = w.requiredText("note", "one line on what it does and does not mean");
                        plain(w, "label", label);
                        scan(w, "note", note);
                        if (label.isEmpty() || note.isEmpty()) {
                            return Optional.empty();
                        }
                        return Optional.of(new Figure.Words(unit, label.get(), markdown.inline(note.get(),
                                o -> w.position()), w.position()));
                    });
            if (shape == null || numbers.isEmpty() || asOf.isEmpty() || words.size() < languages.size()) {
                return Optional.empty();
            }
            return Optional.of(new Figure(id, shape, List.copyOf(numbers), approximate, asOf.get(),
                    sources, words, f.position()));
        });
    }

    private Optional<BigDecimal> number(String v, io.kontext.diag.Position at) {
        if (v.matches("-?\\d+(\\.\\d+)?")) {
            return Optional.of(new BigDecimal(v));
        }
        diagnostics.error(at, "type", "'" + v + "' is not a number",
                "write digits only, with '.' for decimals and no thousands separator: 13221");
        return Optional.empty();
    }

    List<Term> terms(SourceText file) {
        return files.items(file, "terms", "term", "a glossary term", f -> {
            String id = f.requiredText("id", null).orElseThrow();
            var sources = refs.sources(f.textList("sources", false));
            var words = Words.blocks(f, languages, diagnostics, "term", id, "'term' and 'definition'",
                    (w, l) -> {
                        Optional<String> term = w.requiredText("term", "the word or abbreviation");
                        Optional<String> definition = w.requiredText("definition", "one or two sentences");
                        scan(w, "definition", definition);
                        if (term.isEmpty() || definition.isEmpty()) {
                            return Optional.empty();
                        }
                        return Optional.of(new Term.Words(term.get(), markdown.inline(definition.get(),
                                o -> w.valuePosition("definition")), w.valuePosition("definition")));
                    });
            if (words.size() < languages.size()) {
                return Optional.empty();
            }
            return Optional.of(new Term(id, sources, words, f.position()));
        });
    }

    List<Correction> corrections(SourceText file) {
        return files.items(file, "corrections", "correction", "a correction", f -> {
            String id = f.requiredText("id", null).orElseThrow();
            var date = f.day("date", true);
            Optional<Correction.Type> type = f.choice("type", Correction.Type.keys()).map(Correction.Type::of);
            Optional<String> block = f.requiredText("block", "the id of the article block it corrects, e.g. p10");
            var events = refs.events(f.textList("events", false));
            var sources = refs.sources(f.textList("sources", true));
            var words = Words.blocks(f, languages, diagnostics, "correction", id, "'quote' and 'text'",
                    (w, l) -> {
                        Optional<String> quote = w.requiredText("quote", "the exact words of the block it corrects");
                        Optional<String> text = w.requiredText("text", "what is right, in a sentence or two");
                        scan(w, "text", text);
                        if (quote.isEmpty() || text.isEmpty()) {
                            return Optional.empty();
                        }
                        return Optional.of(new Correction.Words(quote.get(), markdown.inline(text.get(),
                                o -> w.valuePosition("text")), w.valuePosition("quote"), w.valuePosition("text")));
                    });
            if (date.isEmpty() || type.isEmpty() || block.isEmpty() || words.size() < languages.size()) {
                return Optional.empty();
            }
            return Optional.of(new Correction(id, date.get(), type.get(), block.get(), events,
                    sources, words, f.position()));
        });
    }
}
