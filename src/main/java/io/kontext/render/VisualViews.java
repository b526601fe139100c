package io.kontext.render;

import io.kontext.model.Chart;
import io.kontext.model.Event;
import io.kontext.model.Figure;
import io.kontext.model.Language;
import io.kontext.model.MapFrame;
import io.kontext.model.Site;
import io.kontext.model.MapSpec;
import io.kontext.model.Outline;
import io.kontext.render.visual.BarChart;
import io.kontext.render.visual.LocatorMap;
import io.kontext.render.visual.TimelineAxis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds the build-time visuals of one language: the timeline overview and the charts. */
final class VisualViews {

    private final Site site;
    private final String lang;
    private final Formats formats;
    private final Messages messages;
    private final TextRenderer text;
    private final DataViews data;

    VisualViews(Site site, Language language, Formats formats, Messages messages, TextRenderer text, DataViews data) {
        this.site = site;
        this.lang = language.code();
        this.formats = formats;
        this.messages = messages;
        this.text = text;
        this.data = data;
    }

    /** The timeline overview: one mark per event, linked to it, and its caption. */
    Views.Axis timelineAxis() {
        List<TimelineAxis.Mark> marks = new ArrayList<>();
        for (Event e : site.events()) {
            marks.add(new TimelineAxis.Mark(e.id(), e.date().year(), data.style(e.category()),
                    formats.span(e.date(), e.end()) + ": " + text.text(e.words().get(lang).title(),
                            e.words().get(lang).titlePosition())));
        }
        if (marks.isEmpty()) {
            return null;
        }
        String first = Integer.toString(site.events().get(0).date().year());
        String last = Integer.toString(site.events().get(site.events().size() - 1).date().year());
        return new Views.Axis(TimelineAxis.svg(marks), messages.get(lang, "timeline.axisTitle", first, last),
                messages.get(lang, "timeline.axisDescription", Integer.toString(marks.size()), first, last));
    }

    /** Drawn maps by everything they are drawn from (the outlines by content: each build reads them anew). */
    private static final Memo<Drawing, String> DRAWN = new Memo<>(16);

    /**
     * What every map is framed by for now: the shipped explainer's region. To be fitted to each map's
     * countries and places instead.
     */
    private static final MapFrame FRAME = MapFrame.UKRAINE_TO_KOREA;

    private record Drawing(List<Outline> outlines, List<LocatorMap.Label> labels, List<LocatorMap.Place> places,
            MapFrame frame, String title, String description, String id, int width, int height) {
        String svg() {
            return LocatorMap.svg(outlines, labels, places, frame, title, description, id, width, height);
        }
    }

    /** The locator map, projected and labelled in this language (its countries were checked in load). */
    Views.Map map(MapSpec m) {
        MapSpec.Words w = m.words().get(lang);
        List<LocatorMap.Label> labels = m.countries().stream()
                .map(c -> new LocatorMap.Label(c.id(), c.labels().get(lang), c.highlighted())).toList();
        List<LocatorMap.Place> places = m.places().stream()
                .map(p -> new LocatorMap.Place(p.id(), p.labels().get(lang), p.lon(), p.lat())).toList();
        String title = text.text(w.title(), w.position());
        String description = text.text(w.description(), w.position());
        // two compositions: a phone gets a map drawn for its width, so that names stay legible
        String wide = DRAWN.get(new Drawing(m.outlines(), labels, places, FRAME, title, description,
                "map-" + m.id() + "-wide", 720, 440), Drawing::svg);
        String narrow = DRAWN.get(new Drawing(m.outlines(), labels, places, FRAME, title, description,
                "map-" + m.id() + "-narrow", 360, 300), Drawing::svg);
        return new Views.Map(m.id(), title, description, text.text(w.credit(), w.position()), wide, narrow,
                data.cites(m.sources()));
    }

    Views.Chart chart(Chart c) {
        Chart.Words w = c.words().get(lang);
        List<BarChart.Bar> bars = new ArrayList<>();
        List<Views.Row> rows = new ArrayList<>();
        for (Chart.Bar bar : c.bars()) {
            BigDecimal value = bar.value();
            if (bar.figure() != null) {
                value = site.figures().stream().filter(f -> f.id().equals(bar.figure())).findFirst()
                        .map(Figure::numbers).map(n -> n.get(0)).orElse(BigDecimal.ZERO);
            }
            String formatted = formats.number(value);
            bars.add(new BarChart.Bar(bar.labels().get(lang), value.doubleValue(), formatted));
            rows.add(new Views.Row(bar.labels().get(lang), formatted));
        }
        String svg = BarChart.svg(bars, text.text(w.title(), w.position()), text.text(w.description(), w.position()),
                "chart-" + c.id());
        return new Views.Chart(c.id(), text.text(w.title(), w.position()), text.text(w.description(), w.position()),
                w.unit(), svg, rows, data.cites(c.sources()));
    }
}
