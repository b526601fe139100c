package io.kontext.render.visual;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SocialCardTest {

    private static final Path FONTS = Path.of("templates", "fonts");
    private static final String SV_HEADLINE = "Nordkoreanska arbetare i Ryssland – trots FN:s sanktioner";
    private static final String SV_LABEL = "nordkoreanska inresor i Ryssland under 2024";
    private static final String EN_HEADLINE = "North Korean workers in Russia – despite UN sanctions";
    private static final String EN_LABEL = "North Korean entries into Russia in 2024";

    /** Left edge of the figure column's rule and top of the footer: headline pixels never reach past them. */
    private static final int HEADLINE_RIGHT_LIMIT = 720;
    private static final int HEADLINE_BOTTOM_LIMIT = 500;

    private static SocialCard.Fonts fonts;

    @BeforeAll
    static void loadFonts() throws IOException {
        fonts = SocialCard.Fonts.load(FONTS.resolve("DejaVuSans-Bold.ttf"), FONTS.resolve("DejaVuSans.ttf"));
    }

    @Test
    void shippedFontsCarryTheirLicenceAndCoverSwedish() throws IOException {
        assertThat(fonts.bold().canDisplayUpTo("åäöÅÄÖ–…\u00A0\u202F")).isEqualTo(-1);
        assertThat(fonts.regular().canDisplayUpTo("åäöÅÄÖ–…\u00A0\u202F")).isEqualTo(-1);
        assertThat(Files.readString(FONTS.resolve("LICENSE-DejaVu.txt"), StandardCharsets.UTF_8))
                .contains("Bitstream Vera Fonts Copyright", "Arev Fonts Copyright");
        assertThat(FONTS.resolve("README.md")).exists();
    }

    @Test
    void decodesToTheOpenGraphSize() throws IOException {
        BufferedImage image = decode(swedish());
        assertThat(image.getWidth()).isEqualTo(SocialCard.WIDTH).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(SocialCard.HEIGHT).isEqualTo(630);
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertThat(swedish()).isEqualTo(swedish());
        assertThat(english()).isEqualTo(english());
        assertThat(swedish()).isNotEqualTo(english());
    }

    @Test
    void pngHasOnlyTheImageChunks() {
        // No tIME, tEXt, iTXt, pHYs or other metadata: only the header, image data and the end.
        assertThat(chunks(swedish())).containsOnly("IHDR", "IDAT", "IEND").startsWith("IHDR").endsWith("IEND");
    }

    @Test
    void swedishLettersReachThePixels() throws IOException {
        // "Å" differs from "A" only in its ring: if the font could not draw it, the cards would match.
        byte[] withRing = SocialCard.png(fonts, "Förklaring", "Å", "1", "å", "Kontext");
        byte[] without = SocialCard.png(fonts, "Förklaring", "A", "1", "å", "Kontext");
        assertThat(withRing).isNotEqualTo(without);
        assertThat(inkIn(decode(withRing), 0, 0, SocialCard.WIDTH, SocialCard.HEIGHT))
                .isGreaterThan(inkIn(decode(without), 0, 0, SocialCard.WIDTH, SocialCard.HEIGHT));
    }

    @Test
    void aLongHeadlineStaysInItsColumn() throws IOException {
        String long1 = (SV_HEADLINE + " ").repeat(6).strip();
        String longWord = "Ryssland".repeat(30);
        BufferedImage shortCard = decode(SocialCard.png(fonts, "Förklaring", "Kort", "13 221", SV_LABEL, "Kontext"));
        for (String headline : List.of(long1, longWord, longWord + " " + long1)) {
            BufferedImage card = decode(SocialCard.png(fonts, "Förklaring", headline, "13 221", SV_LABEL, "Kontext"));
            assertThat(card.getWidth()).isEqualTo(1200);
            assertThat(card.getHeight()).isEqualTo(630);
            assertThat(same(card, shortCard, HEADLINE_RIGHT_LIMIT, 0, SocialCard.WIDTH, SocialCard.HEIGHT))
                    .as("figure column untouched by: %s", headline).isTrue();
            assertThat(same(card, shortCard, 0, HEADLINE_BOTTOM_LIMIT, SocialCard.WIDTH, SocialCard.HEIGHT))
                    .as("footer untouched by: %s", headline).isTrue();
        }
    }

    @Test
    void longFigureLabelAndPublisherStayOnTheCard() throws IOException {
        String label = (EN_LABEL + " ").repeat(8).strip();
        byte[] png = SocialCard.png(fonts, "Explainer ".repeat(20), EN_HEADLINE, "1,234,567,890,123,456",
                label, "Kontext ".repeat(40));
        BufferedImage card = decode(png);
        assertThat(card.getWidth()).isEqualTo(1200);
        // The outer margin stays empty: nothing was drawn past the right edge of the columns.
        assertThat(inkIn(card, SocialCard.WIDTH - 60, 20, SocialCard.WIDTH, SocialCard.HEIGHT)).isZero();
        assertThat(inkIn(card, 0, 20, 60, SocialCard.HEIGHT)).isZero();
    }

    @Test
    void missingPartsAreLeftOut() throws IOException {
        BufferedImage card = decode(SocialCard.png(fonts, null, EN_HEADLINE, null, null, null));
        assertThat(card.getWidth()).isEqualTo(1200);
        BufferedImage blankish = decode(SocialCard.png(fonts, "", EN_HEADLINE, " ", "", "  "));
        assertThat(same(card, blankish, 0, 0, SocialCard.WIDTH, SocialCard.HEIGHT)).isTrue();
    }

    @Test
    void writesPreviews() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        Files.write(dir.resolve("kontext-social-card-sv.png"), swedish());
        Files.write(dir.resolve("kontext-social-card-en.png"), english());
        Files.write(dir.resolve("kontext-social-card-long.png"), SocialCard.png(fonts, "Förklaring",
                (SV_HEADLINE + " ").repeat(3).strip(), "13 221", (SV_LABEL + " ").repeat(3).strip(), "Kontext"));
        Files.write(dir.resolve("kontext-social-card-short.png"), SocialCard.png(fonts, "Explainer",
                "Why the sanctions failed", "71 %", "of entries were listed as study", "Kontext"));
        assertThat(dir.resolve("kontext-social-card-sv.png")).exists();
    }

    private static byte[] swedish() {
        return SocialCard.png(fonts, "Förklaring", SV_HEADLINE, "13\u00A0221", SV_LABEL, "Kontext");
    }

    private static byte[] english() {
        return SocialCard.png(fonts, "Explainer", EN_HEADLINE, "13,221", EN_LABEL, "Kontext");
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        return image;
    }

    private static boolean same(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Pixels that differ from the background colour, which is the colour of the card's centre-left margin. */
    private static int inkIn(BufferedImage image, int x0, int y0, int x1, int y1) {
        int background = image.getRGB(10, SocialCard.HEIGHT / 2);
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (image.getRGB(x, y) != background) {
                    count++;
                }
            }
        }
        return count;
    }

    private static List<String> chunks(byte[] png) {
        List<String> types = new ArrayList<>();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ((png[at] & 0xff) << 24) | ((png[at + 1] & 0xff) << 16) | ((png[at + 2] & 0xff) << 8)
                    | (png[at + 3] & 0xff);
            types.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
            at += 12 + length;
        }
        return types;
    }
}
