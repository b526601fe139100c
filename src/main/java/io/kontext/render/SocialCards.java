package io.kontext.render;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.load.Project;
import io.kontext.model.Figure;
import io.kontext.model.Site;
import io.kontext.render.visual.SocialCard;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The social card of each language ({@code og:image}): the title, the key figure named in
 * {@code site.yaml} ({@code card.figure}) and the publisher, drawn with the fonts in
 * {@code templates/fonts/} so that the card looks the same on every machine.
 */
final class SocialCards {

    static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    static final String REGULAR = "fonts/DejaVuSans.ttf";

    private SocialCards() {
    }

    /** Loaded fonts by the content of their files, and drawn cards by everything they are drawn from. */
    private static final Memo<FontFiles, SocialCard.Fonts> FONTS = new Memo<>(2);
    private static final Memo<Card, byte[]> CARDS = new Memo<>(8);

    private record FontFiles(java.nio.ByteBuffer bold, java.nio.ByteBuffer regular, Path boldPath, Path regularPath) {
        SocialCard.Fonts load() {
            try {
                return SocialCard.Fonts.load(bold.duplicate(), regular.duplicate(), boldPath, regularPath);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private record Card(FontFiles fonts, String kicker, String headline, String value, String label,
            String publisher) {
        byte[] draw() {
            return SocialCard.png(FONTS.get(fonts, FontFiles::load), kicker, headline, value, label, publisher);
        }
    }

    static List<OutputFile> render(Project project, Site site, Messages messages, java.util.Map<String, LanguageViews> views,
            Diagnostics diagnostics) {
        Path bold = project.templates().resolve(BOLD);
        Path regular = project.templates().resolve(REGULAR);
        java.nio.ByteBuffer boldBytes;
        java.nio.ByteBuffer regularBytes;
        try {
            boldBytes = java.nio.ByteBuffer.wrap(java.nio.file.Files.readAllBytes(bold));
            regularBytes = java.nio.ByteBuffer.wrap(java.nio.file.Files.readAllBytes(regular));
        } catch (IOException e) {
            diagnostics.error(Position.ofFile(project.relative(bold)), "font", "cannot load the social card fonts: "
                    + e.getMessage(), "the project needs templates/" + BOLD + " and templates/" + REGULAR);
            return List.of();
        }
        FontFiles fonts = new FontFiles(boldBytes, regularBytes, bold, regular);
        try {
            FONTS.get(fonts, FontFiles::load);
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            Throwable cause = e.getCause() instanceof FontFormatException f ? f : e.getCause() != null ? e.getCause() : e;
            diagnostics.error(Position.ofFile(project.relative(bold)), "font", "cannot load the social card fonts: "
                    + cause.getMessage(), "the project needs templates/" + BOLD + " and templates/" + REGULAR);
            return List.of();
        }
        Figure figure = site.config().cardFigure() == null ? null : site.figures().stream()
                .filter(f -> f.id().equals(site.config().cardFigure())).findFirst().orElse(null);
        List<OutputFile> out = new ArrayList<>();
        for (LanguageViews v : views.values()) {
            String value = "";
            String label = "";
            if (figure != null) {
                Figure.Words w = figure.words().get(v.code());
                value = v.formats().value(figure);
                label = v.text().text((w.unit().isEmpty() ? "" : w.unit() + " – ") + w.label(), w.position());
            }
            byte[] png = CARDS.get(new Card(fonts, messages.get(v.code(), "card.kicker"),
                    site.config().title().get(v.code()), value, label, site.config().publisher().name()), Card::draw);
            out.add(new OutputFile(Pages.card(v.language()), png, "templates/" + BOLD));
        }
        return out;
    }
}
