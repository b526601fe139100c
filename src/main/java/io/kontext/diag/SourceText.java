package io.kontext.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * The decoded text of one project file, normalised (no BOM, LF line ends, NFC), with an index of
 * line starts so that offsets turn into line and column.
 */
public final class SourceText {

    private final String path;
    private final String text;
    private final int[] lineStarts;

    public SourceText(String path, String text) {
        this.path = path;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        int n = lineStarts.length;
        return text.endsWith("\n") ? n - 1 : n;
    }

    /** The text of a 1-based line, without its line end; empty when out of range. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        return text.substring(start, Math.max(start, end));
    }

    /** The position of a 0-based character offset. */
    public Position positionOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return new Position(path, lo + 1, offset - lineStarts[lo] + 1);
    }

    public Position at(int line, int column) {
        return new Position(path, line, column);
    }

    public Position whole() {
        return Position.ofFile(path);
    }
}
