package io.kontext.layout;

/**
 * A page or file of the built site, by its path below the output root: {@code en/} (a folder,
 * served as its {@code index.html}), {@code en/feed.xml} (a file).
 */
public record Address(String path) {

    /** Whether it is a folder (served as its {@code index.html}). */
    public boolean folder() {
        return path.isEmpty() || path.endsWith("/");
    }

    /** The file written for it. */
    public String file() {
        return Layout.file(path);
    }

    /** How many folders down from the root its file is. */
    public int depth() {
        int n = 0;
        String f = file();
        for (int i = 0; i < f.length(); i++) {
            if (f.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }
}
