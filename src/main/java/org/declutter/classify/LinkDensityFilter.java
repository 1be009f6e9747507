package org.declutter.classify;

import org.declutter.rules.Category;
import org.declutter.segment.Block;
import org.jsoup.nodes.Element;

/**
 * Removes blocks inside the article that are mostly link text: lists of links to other pages,
 * "read more" teasers, tag clouds. An article's own paragraphs link a few words, not most of them;
 * a row of a table of data may link every cell but one.
 */
final class LinkDensityFilter implements BlockFilter {

    static final String RULE = "navigation.link-dense";
    private static final double MAX_LINK_DENSITY = 0.5;

    @Override
    public void apply(BlockDocument doc) {
        if (!doc.page().markup()) {
            return;
        }
        for (int i = 0; i < doc.size(); i++) {
            Block b = doc.block(i);
            if (doc.kept(i) && b.linkDensity() > MAX_LINK_DENSITY && !(b.words() >= 15 && b.stats().endsSentence())
                && !(b.isTableRow() && !allCellsLinked(b))) {
                doc.set(i, Verdict.removed(Category.of("navigation"), RULE));
            }
        }
    }

    /**
     * Whether every cell of a row that holds text is mostly a link. A table's row of links is a menu;
     * a row of data that links a team, a ticker or both teams of a result is data, however long
     * the names linked.
     */
    private static boolean allCellsLinked(Block row) {
        int cells = 0;
        int linked = 0;
        for (Element cell : row.cells()) {
            String text = cell.text();
            if (text.isBlank()) {
                continue;
            }
            int linkText = 0;
            for (Element link : cell.getElementsByTag("a")) {
                linkText += link.text().length();
            }
            cells++;
            linked += linkText * 2 > text.length() ? 1 : 0;
        }
        return cells > 0 && linked == cells;
    }
}
