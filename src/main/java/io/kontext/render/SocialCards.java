package io.kontext.render;

import io.kontext.layout.Layout;
import io.kontext.load.Fonts;
import io.kontext.load.Messages;
import io.kontext.model.Figure;
import io.kontext.model.Site;
import io.kontext.render.visual.SocialCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The social card of each language ({@code og:image}): the title, the key figure named in
 * {@code site.yaml} ({@code card.figure}) and the publisher, drawn with the fonts in
 * {@code templates/fonts/} so that the card looks the same on every machine.
 */
final class SocialCards {

    private SocialCards() {
    }

    /** Everything a card is drawn from: the key a drawn card is kept by. */
    private record Card(Fonts fonts, String kicker, String headline, String value, String label, String publisher) {
        byte[] draw() {
            return SocialCard.png(new SocialCard.Fonts(fonts.bold(), fonts.regular()), kicker, headline, value, label,
                    publisher);
        }
    }

    static List<OutputFile> render(Site site, Layout layout, Messages messages, Fonts fonts,
            Map<String, Edition> editions, RenderCache cache) {
        Figure figure = site.config().cardFigure() == null ? null : site.figures().stream()
                .filter(f -> f.id().equals(site.config().cardFigure())).findFirst().orElse(null);
        List<OutputFile> out = new ArrayList<>();
        for (Edition v : editions.values()) {
            String value = "";
            String label = "";
            if (figure != null) {
                Figure.Words w = figure.words().get(v.code());
                value = v.formats().value(figure);
                label = v.texts().text((w.unit().isEmpty() ? "" : w.unit() + " – ") + w.label());
            }
            byte[] png = cache.card(new Card(fonts, messages.get(v.code(), "card.kicker"),
                    site.config().title().get(v.code()), value, label, site.config().publisher().name()), Card::draw);
            out.add(new OutputFile(layout.card(v.language()).path(), png, fonts.origin()));
        }
        return out;
    }
}
