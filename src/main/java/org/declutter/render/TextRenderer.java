package org.declutter.render;

import java.util.StringJoiner;
import org.declutter.Result;
import org.declutter.segment.Block;

/** Plain text: the kept paragraphs separated by one blank line, the headline first if asked for. */
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
        // Joined in one allocation of the exact size: a large body is never copied while it grows.
        // With no body, the title alone, as one line.
        StringJoiner out = new StringJoiner("\n\n", head, "\n").setEmptyValue(head.isEmpty() ? "" : title + "\n");
        for (Block block : result.kept()) {
            out.add(block.text());
        }
        return out.toString();
    }
}
