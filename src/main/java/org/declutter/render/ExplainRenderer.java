package org.declutter.render;

import org.declutter.Result;
import org.declutter.classify.Verdict;
import org.declutter.segment.Block;

/**
 * The debugging view: every block on one line with its verdict (kept, or removed with category
 * and rule), its tag path and the start of its text, then one summary line per document.
 */
public final class ExplainRenderer implements Renderer {

    private static final int PREVIEW = 100;

    @Override
    public String render(Result result) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < result.blocks().size(); i++) {
            Block b = result.blocks().get(i);
            Verdict v = result.verdicts().get(i);
            if (v.kept()) {
                out.append(String.format("%4d KEEP  %-44s", i, ""));
            } else {
                out.append(String.format("%4d DROP  %-44s", i, v.category() + " (" + v.rule() + ")"));
            }
            out.append(' ').append(b.tag()).append(" | ").append(preview(b.text())).append('\n');
        }
        out.append("summary: ").append(result.source()).append(": ").append(Summary.of(result)).append('\n');
        return out.toString();
    }

    private static String preview(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= PREVIEW ? flat : flat.substring(0, PREVIEW - 1) + "…";
    }
}
