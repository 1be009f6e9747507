package org.declutter.classify;

import org.declutter.rules.Category;
import org.declutter.segment.Block;
import org.jsoup.nodes.Element;

/**
 * Removes blocks inside the article that are mostly link text: lists of links to other pages,
 * "read more" teasers, tag clouds. An article's own paragraphs link a few words, not most of them;
 * a table's row of data, a cell or two.
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
                && !(b.isTableRow() && fewCellsLinked(b.element()))) {
                doc.set(i, Verdict.removed(Category.of("navigation"), RULE));
            }
        }
    }

    /**
     * Whether at most half of a row's cells are links. A table's row of links is a menu; a row of
     * data that links a team or a ticker is data, however long the name linked.
     */
    private static boolean fewCellsLinked(Element row) {
        int cells = 0;
        int linked = 0;
        for (Element cell : row.children()) {
            String text = cell.text();
            if (!(cell.normalName().equals("td") || cell.normalName().equals("th")) || text.isBlank()) {
                continue;
            }
            int linkText = 0;
            for (Element link : cell.getElementsByTag("a")) {
                linkText += link.text().length();
            }
            cells++;
            linked += linkText * 2 > text.length() ? 1 : 0;
        }
        return linked * 2 <= cells;
    }
}
