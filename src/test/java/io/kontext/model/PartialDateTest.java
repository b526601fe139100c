package io.kontext.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void readsTheFourPrecisions() {
        assertThat(PartialDate.parse("2024-06-19").orElseThrow().precision()).isEqualTo(PartialDate.Precision.DAY);
        assertThat(PartialDate.parse("2024-06").orElseThrow().iso()).isEqualTo("2024-06");
        assertThat(PartialDate.parse("2024").orElseThrow().end()).isEqualTo(LocalDate.of(2024, 12, 31));
        PartialDate autumn = PartialDate.parse("2024-autumn").orElseThrow();
        assertThat(autumn.start()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(autumn.end()).isEqualTo(LocalDate.of(2024, 11, 30));
    }

    @Test
    void refusesDatesThatDoNotExistAndOtherForms() {
        for (String s : new String[] {"2024-02-30", "2023-02-29", "2024-13", "2024-3-1", "1/3/2024", "2024-fall", ""}) {
            assertThat(PartialDate.parse(s)).as(s).isEmpty();
        }
        assertThat(PartialDate.parse("2024-02-29")).isPresent();
    }

    @Test
    void sortsByFirstDayThenLastDay() {
        PartialDate year = PartialDate.parse("2024").orElseThrow();
        PartialDate jan = PartialDate.parse("2024-01").orElseThrow();
        PartialDate day = PartialDate.parse("2024-01-01").orElseThrow();
        assertThat(java.util.stream.Stream.of(year, jan, day).sorted().toList()).containsExactly(day, jan, year);
    }
}
