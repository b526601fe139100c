package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final StringWriter text = new StringWriter();
    private final ProgressLine line = new ProgressLine(new PrintWriter(text), now::get);

    @Test
    void aBuildFasterThanTwoSecondsPrintsNothing() {
        line.planned(10);
        for (int i = 1; i <= 10; i++) {
            now.addAndGet(150_000_000L);
            line.rendered(i);
        }
        line.finished();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void aLongBuildShowsPagesDoneOfTotalOnOneLineAndClearsItAtTheEnd() {
        line.planned(4000);
        line.rendered(1);
        now.addAndGet(ProgressLine.QUIET_NANOS);
        line.rendered(1200);
        line.rendered(1201); // within 100 ms of the last update: not shown
        now.addAndGet(200_000_000L);
        line.rendered(4000);
        line.finished();
        assertThat(text.toString()).isEqualTo("\rRendering 1200/4000 pages (30 %)\rRendering 4000/4000 pages (100 %)"
                + "\r\u001b[K");
        assertThat(text.toString()).doesNotContain("\n");
    }

    @Test
    void outsideATerminalThereIsNoProgressLine() {
        // the test JVM's output is a pipe, as in CI
        assertThat(ProgressLine.forTerminal(new PrintWriter(text), java.util.Map.of()))
                .isSameAs(io.kontext.pipeline.Pipeline.Progress.NONE);
    }
}
