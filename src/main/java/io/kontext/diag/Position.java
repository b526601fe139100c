package io.kontext.diag;

/**
 * A place in a project file: the path relative to the project root (with forward slashes), and a
 * 1-based line and column. A column or line of 0 means "the whole file" or "the whole line".
 */
public record Position(String file, int line, int column) implements Comparable<Position> {

    public static Position ofFile(String file) {
        return new Position(file, 0, 0);
    }

    public Position atLine(int newLine, int newColumn) {
        return new Position(file, newLine, newColumn);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(Position o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
