package org.declutter.classify;

import org.declutter.rules.Category;
import org.declutter.segment.Block;

/**
 * Removes blocks inside the article that are mostly link text: lists of links to other pages,
 * "read more" teasers, tag clouds. An article's own paragraphs link a few words, not most of them.
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
            if (doc.kept(i) && b.linkDensity() > MAX_LINK_DENSITY && !(b.words() >= 15 && b.stats().endsSentence())) {
                doc.set(i, Verdict.removed(Category.of("navigation"), RULE));
            }
        }
    }
}
