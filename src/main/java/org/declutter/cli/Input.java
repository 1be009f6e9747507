package org.declutter.cli;

import java.nio.file.Path;

/**
 * One input of a run: its name as given, and the folder under {@code -o DIR} that its output goes
 * to. A file found by walking a directory keeps its place under that directory ({@code site/a/x.html}
 * found under {@code site} goes to {@code DIR/a/}); a file named directly goes to {@code DIR} itself.
 * A folder the walk could not list is an input too, one that fails in its place with the reason.
 *
 * @param name the input's path as the user gave it or the walk found it, or {@code -} for standard input
 * @param folder the output's folder relative to {@code -o DIR}; empty for {@code DIR} itself
 * @param failure why the input cannot be read, known before reading it, or {@code null}
 */
record Input(String name, Path folder, String failure) {

    private static final Path TOP = Path.of("");

    /** An input that can be read, as far as anyone knows before reading it. */
    Input(String name, Path folder) {
        this(name, folder, null);
    }

    /** An input named on the command line or in {@code --files-from}: its output goes straight into DIR. */
    static Input named(String name) {
        return new Input(name, TOP);
    }

    /** A file found by walking {@code root}: its output keeps the file's folder relative to {@code root}. */
    static Input found(Path root, Path file) {
        Path parent = root.relativize(file).getParent();
        return new Input(file.toString(), parent == null ? TOP : parent);
    }

    /** A folder (or file) under {@code root} that the walk could not list, and why. */
    static Input unlisted(Path root, Path path, String reason) {
        return new Input(found(root, path).name(), TOP, "cannot list directory: " + reason);
    }
}
