package io.kontext.render;

import io.kontext.load.Messages;
import io.kontext.model.Figure;
import io.kontext.model.Language;
import io.kontext.model.PartialDate;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.stream.Collectors;

/**
 * Dates and numbers written the way one language writes them: "19 juni 2024" / "19 June 2024",
 * "13 221" / "13,221", "hösten 2024" / "autumn 2024". Patterns come from the locale (CLDR); the
 * words that are not in the locale come from the message bundle. Never the JVM's default locale.
 * Digits are the locale's own, in dates as in numbers: {@code ar-EG} writes Arabic-Indic digits,
 * {@code ar-JO-u-nu-latn} (the Unicode extension {@code nu}) Latin ones.
 */
public final class Formats {

    private final Language language;
    private final Messages messages;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final NumberFormat year;

    public Formats(Language language, Messages messages) {
        this.language = language;
        this.messages = messages;
        DecimalStyle digits = DecimalStyle.of(language.locale());
        this.day = DateTimeFormatter.ofPattern(messages.get(language.code(), "format.date.day"), language.locale())
                .withDecimalStyle(digits);
        this.month = DateTimeFormatter.ofPattern(messages.get(language.code(), "format.date.month"), language.locale())
                .withDecimalStyle(digits);
        this.year = NumberFormat.getIntegerInstance(language.locale());
        this.year.setGroupingUsed(false);
    }

    /** A year or a day of the month in the locale's digits (Arabic-Indic for {@code ar-EG}, say). */
    public String digits(int n) {
        synchronized (year) {
            return year.format(n);
        }
    }

    public String date(LocalDate d) {
        return day.format(d);
    }

    public String date(PartialDate d) {
        return switch (d.precision()) {
            case DAY -> day.format(d.start());
            case MONTH -> month.format(d.start());
            case YEAR -> digits(d.year());
            case SEASON -> messages.get(language.code(), "date.season." + d.season().key(), digits(d.year()));
        };
    }

    /** A span: "8–13 oktober 2024" when both ends are days of one month, "A – B" otherwise. */
    public String span(PartialDate start, PartialDate end) {
        if (end == null) {
            return date(start);
        }
        if (start.precision() == PartialDate.Precision.DAY && end.precision() == PartialDate.Precision.DAY
                && start.year() == end.year() && start.month() == end.month()) {
            String endText = day.format(end.start());
            return digits(start.day()) + "\u2013" + endText;
        }
        return date(start) + " \u2013 " + date(end);
    }

    public String number(BigDecimal n) {
        NumberFormat f = NumberFormat.getNumberInstance(language.locale());
        f.setMaximumFractionDigits(Math.max(0, n.scale()));
        f.setMinimumFractionDigits(Math.max(0, n.scale()));
        return f.format(n);
    }

    /** The figure's value alone: "13 221", "10 000–12 000", "13–1–1", with "about" if approximate. */
    public String value(Figure figure) {
        String v = switch (figure.shape()) {
            case SINGLE -> number(figure.numbers().get(0));
            case RANGE, PARTS -> figure.numbers().stream().map(this::number).collect(Collectors.joining("\u2013"));
        };
        return figure.approximate() ? messages.get(language.code(), "figure.approximately", v) : v;
    }

    /** The value with its unit: "13 221 inresor". */
    public String valueWithUnit(Figure figure) {
        String unit = figure.words().get(language.code()).unit();
        return unit.isEmpty() ? value(figure) : value(figure) + "\u00a0" + unit;
    }
}
