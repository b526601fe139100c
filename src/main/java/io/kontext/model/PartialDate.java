package io.kontext.model;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * A date known to a day, a month, a season or a year, as newsroom timelines need it
 * ({@code 2024-06-19}, {@code 2024-06}, {@code 2024-autumn}, {@code 2024}).
 */
public record PartialDate(int year, int month, int day, Precision precision, Season season) implements Comparable<PartialDate> {

    public enum Precision { DAY, MONTH, SEASON, YEAR }

    /** Seasons of the northern hemisphere, by the month they start in. */
    public enum Season {
        SPRING(3), SUMMER(6), AUTUMN(9), WINTER(12);

        private final int startMonth;

        Season(int startMonth) {
            this.startMonth = startMonth;
        }

        public int startMonth() {
            return startMonth;
        }

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static PartialDate ofDay(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), Precision.DAY, null);
    }

    /**
     * Parses the four written forms. Returns empty for anything else, including dates that do not
     * exist ({@code 2024-02-30}).
     */
    public static Optional<PartialDate> parse(String s) {
        if (s.matches("\\d{4}")) {
            return Optional.of(new PartialDate(Integer.parseInt(s), 0, 0, Precision.YEAR, null));
        }
        if (s.matches("\\d{4}-(spring|summer|autumn|winter)")) {
            Season season = Season.valueOf(s.substring(5).toUpperCase(java.util.Locale.ROOT));
            return Optional.of(new PartialDate(Integer.parseInt(s.substring(0, 4)), season.startMonth(), 0, Precision.SEASON, season));
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            int m = Integer.parseInt(s.substring(5));
            return m >= 1 && m <= 12
                    ? Optional.of(new PartialDate(Integer.parseInt(s.substring(0, 4)), m, 0, Precision.MONTH, null))
                    : Optional.empty();
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return Optional.of(ofDay(LocalDate.parse(s)));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The first day the date can mean, for sorting and comparisons. */
    public LocalDate start() {
        return switch (precision) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH, SEASON -> LocalDate.of(year, month, 1);
            case YEAR -> LocalDate.of(year, Month.JANUARY, 1);
        };
    }

    /** The last day the date can mean. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> start();
            case MONTH -> start().withDayOfMonth(start().lengthOfMonth());
            case SEASON -> start().plusMonths(3).minusDays(1);
            case YEAR -> LocalDate.of(year, Month.DECEMBER, 31);
        };
    }

    /** The value of a {@code <time datetime>} attribute: as precise as the date is. */
    public String iso() {
        return switch (precision) {
            case DAY -> start().toString();
            case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
            case SEASON, YEAR -> String.format(java.util.Locale.ROOT, "%04d", year);
        };
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : end().compareTo(o.end());
    }
}
