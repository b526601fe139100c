package io.kontext.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.Rfc4180;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyTheFieldsThatNeedItAndEndsEveryRecordWithCrlf() {
        String csv = new Csv(List.of("id", "text")).row(List.of("plain", "a, b")).row(List.of("q", "say \"hi\""))
                .row(List.of("nl", "one\ntwo")).row(List.of("space", " lead")).toString();
        assertThat(csv).isEqualTo("id,text\r\nplain,\"a, b\"\r\nq,\"say \"\"hi\"\"\"\r\nnl,\"one\ntwo\"\r\n"
                + "space,\" lead\"\r\n");
    }

    @Test
    void whatItWritesReadsBackFieldForField() {
        List<List<String>> rows = List.of(List.of("id", "text"), List.of("a", "x, \"y\"\r\nz"), List.of("b", ""));
        Csv csv = new Csv(rows.get(0));
        rows.subList(1, rows.size()).forEach(csv::row);
        assertThat(Rfc4180.parse(csv.toString())).isEqualTo(rows);
    }
}
