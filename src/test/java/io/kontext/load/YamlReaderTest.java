package io.kontext.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.SourceText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<YamlNode> read(String yaml) {
        SourceText text = new SourceText("data.yaml", yaml);
        return new YamlReader(diagnostics).read(text, yaml, 0);
    }

    private String firstError() {
        return diagnostics.all().get(0).headline();
    }

    @Test
    void keepsNorwayAndClockTimesAsTheTextTheyAre() {
        YamlNode.Mapping m = (YamlNode.Mapping) read("country: NO\ntime: 10:00\nanswer: yes\nn: 012\n").orElseThrow();
        assertThat(m.entries().values()).extracting(n -> ((YamlNode.Scalar) n).value())
                .containsExactly("NO", "10:00", "yes", "012");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void givesEveryValueItsLineAndColumn() {
        YamlNode.Mapping m = (YamlNode.Mapping) read("a:\n  b: [x, y]\n").orElseThrow();
        YamlNode.Mapping a = (YamlNode.Mapping) m.entries().get("a");
        YamlNode.Sequence b = (YamlNode.Sequence) a.entries().get("b");
        assertThat(b.items().get(1).position().toString()).isEqualTo("data.yaml:2:10");
    }

    @Test
    void refusesAnAliasBomb() {
        assertThat(read("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n")).isEmpty();
        assertThat(firstError()).isEqualTo("data.yaml:1:4: error: YAML anchors ('&a') are not allowed [yaml-anchor]");
    }

    @Test
    void refusesTypeTags() {
        assertThat(read("x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n"))
                .isEmpty();
        assertThat(firstError()).startsWith("data.yaml:1:4: error: YAML type tags");
    }

    @Test
    void refusesDuplicateKeysNamingTheFirst() {
        assertThat(read("title: a\ntitle: b\n")).isEmpty();
        assertThat(diagnostics.all().get(0).hint()).isEqualTo("the key is already set at line 1; keep one of them");
    }

    @Test
    void refusesDeepNestingWithoutOverflowingTheStack() {
        assertThat(read("x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n")).isEmpty();
        assertThat(firstError()).contains("nested more than 32 levels");
    }

    @Test
    void refusesASecondDocument() {
        assertThat(read("a: 1\n---\nb: 2\n")).isEmpty();
        assertThat(firstError()).startsWith("data.yaml:2:1: error: a second YAML document");
    }

    @Test
    void reportsSyntaxErrorsAtTheirLine() {
        assertThat(read("a: 1\n b: 2\n")).isEmpty();
        assertThat(firstError()).startsWith("data.yaml:2:3: error: YAML syntax error");
    }
}
