package io.kontext.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/**
 * Every generated HTML page passes the Nu Html Checker (the W3C validator), in-process. Errors fail
 * the test; warnings are printed, and each one kept is listed below with the reason.
 */
class HtmlValidityTest {

    /**
     * Warnings that are accepted, each for a reason. (None at present: add a message fragment here
     * only with a comment saying why the page is right as it is.)
     */
    static final Set<String> ACCEPTED_WARNINGS = Set.of();

    private static final EmbeddedValidator VALIDATOR = new EmbeddedValidator();

    static {
        VALIDATOR.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    }

    @Test
    void theCheckerFindsADivInsideAParagraph() throws Exception {
        String page = "<!DOCTYPE html><html lang=en><head><title>t</title></head><body><p>a<div>b</div></p></body></html>";
        assertThat(VALIDATOR.validate(new ByteArrayInputStream(page.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .contains("error: No “p” element in scope but a “p” end tag seen.");
    }

    @Test
    void everyPageOfEverySitePassesTheNuHtmlChecker() throws Exception {
        EmbeddedValidator validator = VALIDATOR;
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int pages = 0;
        for (BuiltSites.Site site : BuiltSites.all()) {
            for (String page : site.pages()) {
                pages++;
                byte[] html = Files.readAllBytes(site.out().resolve(page));
                String report = validator.validate(new ByteArrayInputStream(html));
                for (String line : report.split("\n")) {
                    if (line.contains(": error:") || line.contains(": fatal:")) {
                        errors.add(site.label(page) + line.replaceFirst("^\"[^\"]*\"", ""));
                    } else if (line.contains("warning:")
                            && ACCEPTED_WARNINGS.stream().noneMatch(line::contains)) {
                        warnings.add(site.label(page) + line.replaceFirst("^\"[^\"]*\"", ""));
                    }
                }
            }
        }
        warnings.forEach(w -> System.out.println("Nu Html Checker warning: " + w));
        assertThat(pages).isGreaterThanOrEqualTo(12);
        assertThat(errors).as("Nu Html Checker errors").isEmpty();
        assertThat(warnings).as("Nu Html Checker warnings that are not accepted").isEmpty();
    }
}
