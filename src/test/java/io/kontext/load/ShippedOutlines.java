package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.SourceText;
import io.kontext.model.Outline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shipped {@code site/data/geo/countries.json}, read as a build reads it, for tests of the drawing. */
public final class ShippedOutlines {

    public static final Path FILE = Path.of("site", "data", "geo", "countries.json");
    private static List<Outline> outlines;

    private ShippedOutlines() {
    }

    public static synchronized List<Outline> get() {
        if (outlines == null) {
            try {
                Diagnostics diagnostics = new Diagnostics();
                SourceText text = new SourceText("site/data/geo/countries.json",
                        Files.readString(FILE, StandardCharsets.UTF_8));
                outlines = new OutlinesLoader(diagnostics, text).read()
                        .orElseThrow(() -> new IllegalStateException(diagnostics.all().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return outlines;
    }
}
