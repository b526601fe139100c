package io.kontext.load;

import io.kontext.diag.Position;
import java.util.List;
import java.util.Map;

/** A YAML value with the position where it starts: a mapping, a sequence or a scalar. */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    Position position();

    /** A human word for the kind of value, used in "expected a list, found text". */
    String kind();

    /** A mapping with its keys in file order; {@code keys} holds the position of each key. */
    record Mapping(Position position, Map<String, YamlNode> entries, Map<String, Position> keys) implements YamlNode {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record Sequence(Position position, List<YamlNode> items) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A scalar as written; {@code plain} is false for quoted and block scalars. */
    record Scalar(Position position, String value, boolean plain) implements YamlNode {
        /** YAML 1.2 core schema nulls: an empty plain scalar, {@code ~} or {@code null}. */
        public boolean isNull() {
            return plain && (value.isEmpty() || value.equals("~") || value.equals("null")
                    || value.equals("Null") || value.equals("NULL"));
        }

        @Override
        public String kind() {
            return isNull() ? "nothing" : "text";
        }
    }
}
