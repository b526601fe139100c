package io.kontext.create;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.diag.SourceText;
import io.kontext.testing.TestProject;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeftoversTest {

    private static List<String> suspects(String text) {
        return Leftovers.find(new SourceText("a.txt", text)).stream().map(Leftovers.Suspect::text).toList();
    }

    @Test
    void findsExactlyTheTwoLeftoversOfTheShippedSeed() throws Exception {
        String seed = Files.readString(TestProject.REPO.resolve("seeds/nordkorea-arbetare-ryssland.txt"));
        assertThat(suspects(seed)).containsExactly("Just nu läser andra", "Läs också");
    }

    @Test
    void aTeaserAfterLasOcksaIsASuspectButTheSubheadAfterItIsNot() {
        String text = "Rubrik\nEtt stycke med text.\nLäs också:\nEn annan nyhet\nEn mellanrubrik\nEtt stycke till.\n";
        assertThat(suspects(text)).containsExactly("Läs också:", "En annan nyhet");
    }

    @Test
    void captionsBylinesWordlessLinesAndShortLinesWithoutAParagraphAreSuspects() {
        String text = "Rubrik\nFoto: Anna Berg\nEtt stycke med text.\n•\nPubliceras i dag.\nEn mellanrubrik\n"
                + "Ett stycke till.\nTT\n";
        assertThat(suspects(text)).containsExactly("Foto: Anna Berg", "•", "TT");
    }

    @Test
    void theHeadlineIsNeverASuspect() {
        assertThat(suspects("Dela\nEtt stycke.\n")).isEmpty();
    }
}
