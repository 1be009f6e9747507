package org.declutter.render;

import org.declutter.Result;

/** Plain text: the kept paragraphs separated by one blank line, the headline first if asked for. */
public final class TextRenderer implements Renderer {

    private final boolean withTitle;

    /** A text renderer; {@code withTitle} puts the headline on the first line. */
    public TextRenderer(boolean withTitle) {
        this.withTitle = withTitle;
    }

    @Override
    public String render(Result result) {
        StringBuilder out = new StringBuilder();
        String title = result.metadata().title();
        if (withTitle && title != null) {
            out.append(title).append("\n\n");
        }
        out.append(result.body());
        if (out.length() > 0) {
            out.append('\n');
        }
        return out.toString();
    }
}
