package org.declutter.render;

/** The output formats, as named on the command line. */
public enum Format {
    /** Paragraphs separated by one blank line. */
    TEXT,
    /** Markdown, with headings, lists and quotes kept. */
    MARKDOWN,
    /** One JSON object: body, metadata and the removed blocks. */
    JSON;

    /** The file extension of this format's output files, without the dot. */
    public String extension() {
        return switch (this) {
            case TEXT -> "txt";
            case MARKDOWN -> "md";
            case JSON -> "json";
        };
    }

    /** The renderer of this format; {@code withTitle} puts the headline on top of text and Markdown. */
    public Renderer renderer(boolean withTitle) {
        return switch (this) {
            case TEXT -> new TextRenderer(withTitle);
            case MARKDOWN -> new MarkdownRenderer(withTitle);
            case JSON -> new JsonRenderer();
        };
    }
}
