package org.declutter.render;

import java.util.StringJoiner;
import org.declutter.Result;

/**
 * Plain text: the kept paragraphs separated by one blank line, a table a line per row (its cells
 * split by tabs), the headline first if asked for.
 */
public final class TextRenderer implements Renderer {

    private final boolean withTitle;

    /** A text renderer; {@code withTitle} puts the headline on the first line. */
    public TextRenderer(boolean withTitle) {
        this.withTitle = withTitle;
    }

    @Override
    public String render(Result result) {
        String title = result.metadata().title();
        String head = withTitle && title != null ? title + "\n\n" : "";
        // With no body, the title alone, as one line.
        StringJoiner out = new StringJoiner("", head, "\n").setEmptyValue(head.isEmpty() ? "" : title + "\n");
        return result.joinBody(out).toString();
    }
}
