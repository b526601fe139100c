package io.kontext.render;

import io.kontext.load.Messages;
import io.kontext.model.Chart;
import io.kontext.model.Event;
import io.kontext.model.Figure;
import io.kontext.model.Language;
import io.kontext.model.MapFrame;
import io.kontext.model.MapSpec;
import io.kontext.model.Outline;
import io.kontext.model.Site;
import io.kontext.render.visual.BarChart;
import io.kontext.render.visual.LocatorMap;
import io.kontext.render.visual.TimelineAxis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds the build-time visuals of one language: the timeline overview, the charts and the maps. */
final class VisualViews {

    private final Site site;
    private final String lang;
    private final Formats formats;
    private final Messages messages;
    private final Texts text;
    private final Edition data;
    private final RenderCache cache;

    VisualViews(Site site, Edition edition, Messages messages, RenderCache cache) {
        this.site = site;
        this.lang = edition.code();
        this.formats = edition.formats();
        this.messages = messages;
        this.text = edition.texts();
        this.data = edition;
        this.cache = cache;
    }

    /** The timeline overview: one mark per event, linked to it, and its caption. */
    Views.Axis timelineAxis() {
        List<TimelineAxis.Mark> marks = new ArrayList<>();
        for (Event e : site.events()) {
            marks.add(new TimelineAxis.Mark(e.id(), e.date().year(), data.style(e.category()),
                    formats.span(e.date(), e.end()) + ": " + text.text(e.words().get(lang).title())));
        }
        if (marks.isEmpty()) {
            return null;
        }
        String first = formats.digits(site.events().get(0).date().year());
        String last = formats.digits(site.events().get(site.events().size() - 1).date().year());
        return new Views.Axis(TimelineAxis.svg(marks, rightToLeft(), formats::digits),
                messages.get(lang, "timeline.axisTitle", first, last),
                messages.get(lang, "timeline.axisDescription", formats.digits(marks.size()), first, last));
    }

    /**
     * What every map is framed by for now: the shipped explainer's region. To be fitted to each map's
     * countries and places instead.
     */
    private static final MapFrame FRAME = MapFrame.UKRAINE_TO_KOREA;

    /** Everything a map is drawn from: the key a drawn map is kept by (the outlines by content). */
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
        String title = text.text(w.title());
        String description = text.text(w.description());
        // two compositions: a phone gets a map drawn for its width, so that names stay legible
        String wide = cache.drawing(new Drawing(m.outlines(), labels, places, FRAME, title, description,
                "map-" + m.id() + "-wide", 720, 440), Drawing::svg);
        String narrow = cache.drawing(new Drawing(m.outlines(), labels, places, FRAME, title, description,
                "map-" + m.id() + "-narrow", 360, 300), Drawing::svg);
        return new Views.Map(m.id(), title, description, text.text(w.credit()), wide, narrow,
                data.cites(m.sources(), Texts.Cites.HERE));
    }

    /** Whether this language is written right to left: its charts and timeline then run from the right. */
    private boolean rightToLeft() {
        return data.language().direction() == Language.Direction.RTL;
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
        String svg = BarChart.svg(bars, text.text(w.title()), text.text(w.description()), "chart-" + c.id(),
                rightToLeft());
        return new Views.Chart(c.id(), text.text(w.title()), text.text(w.description()), w.unit(), svg, rows,
                data.cites(c.sources(), Texts.Cites.HERE));
    }
}
