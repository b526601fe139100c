package io.kontext.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.SourceText;
import io.kontext.model.Block;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedParserTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private List<Block> parse(String text, String... drop) {
        return new SeedParser(diagnostics).parse(new SourceText("seeds/a.txt", text), List.of(drop));
    }

    @Test
    void splitsHeadlineSubheadsAndParagraphsWithStableIds() {
        List<Block> blocks = parse("Rubrik här\n\nFörsta stycket.\nMellanrubrik\nAndra stycket, med mer text.\nLäs också\n",
                "Läs också");
        assertThat(blocks).extracting(Block::id).containsExactly("headline", "p1", "s1", "p2");
        assertThat(blocks).extracting(Block::kind)
                .containsExactly(Block.Kind.HEADLINE, Block.Kind.PARAGRAPH, Block.Kind.SUBHEAD, Block.Kind.PARAGRAPH);
        assertThat(blocks.get(3).position().toString()).isEqualTo("seeds/a.txt:5:1");
    }

    @Test
    void treatsMarkupAndFrontMatterAsText() {
        List<Block> blocks = parse("---\n<script>alert(1)</script> är text.\n");
        assertThat(blocks).extracting(Block::text).containsExactly("---", "<script>alert(1)</script> är text.");
    }

    @Test
    void warnsAboutALineToDropThatIsNotThere() {
        parse("Rubrik\nStycke.\n", "Just nu läser andra");
        assertThat(diagnostics.all()).singleElement().extracting(d -> d.code()).isEqualTo("drop-unused");
    }

    @Test
    void reportsAnEmptyArticle() {
        assertThat(parse(" \n\n")).isEmpty();
        assertThat(diagnostics.all().get(0).headline()).isEqualTo("seeds/a.txt:1:1: error: seeds/a.txt has no text [empty-article]");
    }

    @Test
    void bomAndCrlfTwinsGiveTheSameBlocks() {
        TextFiles files = new TextFiles(new Project(java.nio.file.Path.of(".")), diagnostics);
        String plain = "Rubrik\nStycke ett.\n";
        String twin = "\uFEFFRubrik\r\nStycke ett.\r\n";
        String a = files.decode("a", plain.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        String b = files.decode("b", twin.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertThat(b).isEqualTo(a);
        String nfd = files.decode("c", "Rubrik a\u030a\n".getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertThat(nfd).isEqualTo("Rubrik å\n");
    }

    @Test
    void reportsTheFirstByteThatIsNotUtf8AtItsLineAndColumn() {
        TextFiles files = new TextFiles(new Project(java.nio.file.Path.of(".")), diagnostics);
        byte[] latin1 = "Rubrik\nBra st\u00e4lle.\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(files.decode("seeds/a.txt", latin1)).isEmpty();
        assertThat(diagnostics.all().get(0).headline())
                .isEqualTo("seeds/a.txt:2:7: error: seeds/a.txt is not valid UTF-8: byte 0xE4 at offset 13 [encoding]");
    }
}
