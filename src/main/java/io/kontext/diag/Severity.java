package io.kontext.diag;

/** How bad a diagnostic is. Warnings fail a build too, unless it runs with {@code --lenient}. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTICE("notice");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
