package org.declutter.render;

import org.declutter.Result;
import org.declutter.segment.Block;

/** Markdown: headings as {@code #}, list items as {@code -}, quotes as {@code >}, code as fenced blocks. */
public final class MarkdownRenderer implements Renderer {

    private final boolean withTitle;

    /** A Markdown renderer; {@code withTitle} puts the headline on top as a level-1 heading. */
    public MarkdownRenderer(boolean withTitle) {
        this.withTitle = withTitle;
    }

    @Override
    public String render(Result result) {
        StringBuilder out = new StringBuilder();
        String title = result.metadata().title();
        if (withTitle && title != null) {
            out.append("# ").append(title).append("\n\n");
        }
        for (Block b : result.kept()) {
            out.append(markdown(b)).append("\n\n");
        }
        return out.length() == 0 ? "" : out.substring(0, out.length() - 1);
    }

    private static String markdown(Block b) {
        int level = b.headingLevel();
        if (level > 0) {
            return "#".repeat(level) + " " + b.text().replace('\n', ' ');
        }
        if (b.tag().equals("pre")) {
            return "```\n" + b.text() + "\n```";
        }
        if (b.tag().equals("li")) {
            return "- " + b.text().replace("\n", "\n  ");
        }
        if (b.within("blockquote")) {
            return "> " + b.text().replace("\n", "\n> ");
        }
        return b.text().replace("\n", "  \n");
    }
}
