package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.diag.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads YAML into a {@link YamlNode} tree from the parser's event stream, never constructing
 * objects. Newsroom data needs none of YAML's riskier features, so they are refused outright, each
 * with its position: anchors and aliases (alias bombs), explicit tags ({@code !!python/...}),
 * duplicate keys (the last would silently win), more than one document, and nesting deeper than
 * {@value #MAX_DEPTH} levels. Building the tree without recursion means a hostile file cannot
 * overflow the stack.
 */
final class YamlReader {

    static final int MAX_DEPTH = 32;
    static final int MAX_CODE_POINTS = 2 * 1024 * 1024;

    /**
     * What a syntax error is called and how to mend it: YAML files, and JSON files, which are read
     * here too, as JSON is YAML 1.2 (a JSON file needs only brackets, commas and quotes mended).
     */
    enum Syntax {
        YAML("yaml", "YAML syntax error", "check the indentation and quoting on this line and the one above it;"
                + " text with ': ' or starting with a special character needs quotes"),
        JSON("json", "JSON syntax error", "check the brackets, commas and double quotes at this point and just before it");

        final String code;
        final String name;
        final String hint;

        Syntax(String code, String name, String hint) {
            this.code = code;
            this.name = name;
            this.hint = hint;
        }
    }

    private final Diagnostics diagnostics;
    /** Whether this reader reported a problem: an empty result is then not an empty file. */
    private boolean reported;
    private final Syntax syntax;

    YamlReader(Diagnostics diagnostics) {
        this(diagnostics, Syntax.YAML);
    }

    YamlReader(Diagnostics diagnostics, Syntax syntax) {
        this.diagnostics = diagnostics;
        this.syntax = syntax;
    }

    /**
     * Parses one YAML document. Returns empty when the file is empty or has errors (which are
     * reported).
     *
     * @param lineOffset added to every line, for YAML embedded in a larger file (front matter)
     */
    /** Whether the text was empty: read, and nothing in it, no problem reported. */
    boolean empty(Optional<YamlNode> result) {
        return result.isEmpty() && !reported;
    }

    private void report(Position at, String code, String message, String hint) {
        reported = true;
        diagnostics.error(at, code, message, hint);
    }

    Optional<YamlNode> read(SourceText source, String yaml, int lineOffset) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source.path())
                .setUseMarks(true)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false)
                .build();
        Builder builder = new Builder(source, lineOffset);
        try {
            for (Event event : new Parse(settings).parseString(yaml)) {
                if (!builder.accept(event)) {
                    return Optional.empty();
                }
            }
        } catch (MarkedYamlEngineException e) {
            Position at = e.getProblemMark().map(builder::position).orElse(source.whole());
            report(at, syntax.code, syntax.name + ": " + firstLine(e.getProblem()), syntax.hint);
            return Optional.empty();
        } catch (YamlEngineException e) {
            report(source.whole(), syntax.code, "cannot read " + syntax + ": " + firstLine(e.getMessage()),
                    "files are limited to " + MAX_CODE_POINTS / (1024 * 1024) + " MiB of text");
            return Optional.empty();
        }
        return Optional.ofNullable(builder.root);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unexpected input";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** Turns events into nodes with an explicit stack. */
    private final class Builder {
        private final SourceText source;
        private final int lineOffset;
        private final Deque<Open> stack = new ArrayDeque<>();
        private YamlNode root;
        private int documents;

        Builder(SourceText source, int lineOffset) {
            this.source = source;
            this.lineOffset = lineOffset;
        }

        Position position(Mark mark) {
            return new Position(source.path(), mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
        }

        Position position(Event event) {
            return event.getStartMark().map(this::position).orElse(source.whole());
        }

        boolean accept(Event event) {
            switch (event.getEventId()) {
                case DocumentStart -> {
                    if (++documents > 1) {
                        report(position(event), "yaml-documents", "a second YAML document ('---') in one file",
                                "keep one document per file; remove the '---' line");
                        return false;
                    }
                }
                case Alias -> {
                    report(position(event), "yaml-alias",
                            "YAML aliases ('*" + ((AliasEvent) event).getAlias().getValue() + "') are not allowed",
                            "write the value out in full");
                    return false;
                }
                case Scalar -> {
                    ScalarEvent s = (ScalarEvent) event;
                    if (!checkNode(s, s.getTag())) {
                        return false;
                    }
                    return add(new YamlNode.Scalar(position(event), s.getValue(), s.isPlain()), event);
                }
                case MappingStart, SequenceStart -> {
                    CollectionStartEvent c = (CollectionStartEvent) event;
                    if (!checkNode(c, c.getTag())) {
                        return false;
                    }
                    if (stack.size() >= MAX_DEPTH) {
                        report(position(event), "yaml-depth",
                                "the data is nested more than " + MAX_DEPTH + " levels deep",
                                "Kontext's data files need only a few levels; check for runaway brackets");
                        return false;
                    }
                    stack.push(new Open(event.getEventId() == Event.ID.MappingStart, position(event)));
                }
                case MappingEnd, SequenceEnd -> {
                    Open open = stack.pop();
                    YamlNode node = open.mapping
                            ? new YamlNode.Mapping(open.at, open.entries, open.keys)
                            : new YamlNode.Sequence(open.at, List.copyOf(open.items));
                    return add(node, event);
                }
                default -> {
                    // stream and document boundaries, comments: nothing to build
                }
            }
            return true;
        }

        private boolean checkNode(NodeEvent event, Optional<String> tag) {
            if (event.getAnchor().isPresent()) {
                report(position(event), "yaml-anchor",
                        "YAML anchors ('&" + event.getAnchor().get().getValue() + "') are not allowed",
                        "write each value out in full");
                return false;
            }
            if (tag.isPresent()) {
                report(position(event), "yaml-tag", "YAML type tags ('" + tag.orElse("!") + "') are not allowed",
                        "remove the tag; Kontext reads every value by the field it is in");
                return false;
            }
            return true;
        }

        private boolean add(YamlNode node, Event event) {
            Open parent = stack.peek();
            if (parent == null) {
                root = node;
                return true;
            }
            if (!parent.mapping) {
                parent.items.add(node);
                return true;
            }
            if (parent.pendingKey == null) {
                if (!(node instanceof YamlNode.Scalar key)) {
                    report(node.position(), "yaml-key", "a mapping key must be plain text",
                            "write 'name: value'");
                    return false;
                }
                if (parent.entries.containsKey(key.value())) {
                    report(key.position(), "yaml-duplicate-key", "duplicate key '" + key.value() + "'",
                            "the key is already set at line " + parent.keys.get(key.value()).line()
                                    + "; keep one of them");
                    return false;
                }
                parent.pendingKey = key;
                return true;
            }
            parent.entries.put(parent.pendingKey.value(), node);
            parent.keys.put(parent.pendingKey.value(), parent.pendingKey.position());
            parent.pendingKey = null;
            return true;
        }
    }

    private static final class Open {
        final boolean mapping;
        final Position at;
        final Map<String, YamlNode> entries = new LinkedHashMap<>();
        final Map<String, Position> keys = new LinkedHashMap<>();
        final List<YamlNode> items = new ArrayList<>();
        YamlNode.Scalar pendingKey;

        Open(boolean mapping, Position at) {
            this.mapping = mapping;
            this.at = at;
        }
    }
}
