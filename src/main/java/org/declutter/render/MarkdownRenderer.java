package org.declutter.render;

import org.declutter.Result;
import org.declutter.segment.Block;
import org.jsoup.nodes.Element;

/**
 * Markdown: headings as {@code #}, list items as {@code -} (or {@code 1.} in ordered lists, items
 * of one list on consecutive lines), quotes as {@code >}, code as fenced blocks.
 */
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
        Block previous = null;
        for (Block b : result.kept()) {
            if (previous != null) {
                out.append(sameList(previous, b) ? "\n" : "\n\n");
            }
            out.append(markdown(b));
            previous = b;
        }
        return out.length() == 0 ? "" : out.append('\n').toString();
    }

    /** Whether two blocks are items of one list, to be written as a tight list. */
    private static boolean sameList(Block a, Block b) {
        return a.tag().equals("li") && b.tag().equals("li") && a.element().parent() == b.element().parent();
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
            String marker = listMarker(b.element());
            return marker + b.text().replace("\n", "\n" + " ".repeat(marker.length()));
        }
        if (b.within("blockquote")) {
            return "> " + b.text().replace("\n", "\n> ");
        }
        return b.text().replace("\n", "  \n");
    }

    private static String listMarker(Element item) {
        Element list = item.parent();
        if (list == null || !list.normalName().equals("ol")) {
            return "- ";
        }
        return (item.elementSiblingIndex() + 1) + ". ";
    }
}
