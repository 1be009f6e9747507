package org.declutter.classify;

import org.declutter.rules.Category;
import org.declutter.segment.Block;

/**
 * Removes the short labels that belong to boilerplate rather than to the article: a label line
 * (a few words, no sentence punctuation) in the tail that heads a block a rule removed takes that
 * block's category ("Fronteras Desk" over "This story is from the Fronteras Desk..."); and in text
 * without markup, a line in title case between the headline and the first paragraph is a photo
 * caption or credit, since an article's own sentences are not written in title case.
 */
final class LabelFilter implements BlockFilter {

    static final String TAIL_LABEL_RULE = "label.heads-removed-block";
    static final String HEAD_CAPTION_RULE = "caption.head-title-case";
    private static final int LABEL_WORDS = 5;
    private static final double TITLE_CASE_SHARE = 0.6;

    @Override
    public void apply(BlockDocument doc) {
        int firstProse = doc.firstProse();
        // Only block i changes in step i, so the last kept block after it is the one found now.
        int lastKept = lastKept(doc);
        for (int i = 0; i + 1 < doc.size(); i++) {
            Block b = doc.block(i);
            Verdict next = doc.verdict(i + 1);
            if (doc.kept(i) && isLabel(b) && !next.kept() && !next.category().equals(Category.OUTSIDE_ARTICLE)
                && i >= lastKept) {
                doc.set(i, Verdict.removed(next.category(), TAIL_LABEL_RULE));
            }
        }
        if (doc.page().markup()) {
            return;
        }
        for (int i = 0; i < firstProse; i++) {
            Block b = doc.block(i);
            if (doc.kept(i) && b.words() >= 4 && (double) b.stats().capitalised() / b.words() >= TITLE_CASE_SHARE) {
                doc.set(i, Verdict.removed(Category.of("caption"), HEAD_CAPTION_RULE));
            }
        }
    }

    private static boolean isLabel(Block b) {
        return b.words() <= LABEL_WORDS && !b.stats().endsSentence() && b.headingLevel() == 0;
    }

    private static int lastKept(BlockDocument doc) {
        for (int i = doc.size() - 1; i >= 0; i--) {
            if (doc.kept(i)) {
                return i;
            }
        }
        return -1;
    }
}
