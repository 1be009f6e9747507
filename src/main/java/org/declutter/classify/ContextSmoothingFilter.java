package org.declutter.classify;

import java.util.ArrayList;
import java.util.List;
import org.declutter.rules.Category;
import org.declutter.segment.Block;

/**
 * Revises verdicts by their neighbours, as jusText does: a short block that main-content detection
 * left out but that stands between two kept blocks of the article is article too (a subheading, a
 * one-line quote); a very short kept fragment stranded between removed blocks (a lone label) is
 * not, and after the article's last paragraph of prose neither is a short one that is not a
 * sentence (a headline of a list of links, a button, a topic label between two notices). Rule
 * verdicts are never revised: a rule names what it removes.
 */
final class ContextSmoothingFilter implements BlockFilter {

    static final String STRANDED_RULE = "main-content.stranded";
    static final String STRANDED_TAIL_RULE = "main-content.stranded-tail";
    private static final int SHORT = 12;
    /** The longest fragment after the article that two removed neighbours take with them. */
    private static final int TAIL_FRAGMENT = 20;

    @Override
    public void apply(BlockDocument doc) {
        for (int i = 1; i + 1 < doc.size(); i++) {
            Verdict v = doc.verdict(i);
            Block b = doc.block(i);
            boolean outside = !v.kept() && Category.OUTSIDE_ARTICLE.equals(v.category());
            if (outside && b.words() <= SHORT && b.linkDensity() < 0.5 && doc.kept(i - 1) && doc.kept(i + 1)) {
                doc.set(i, Verdict.KEPT);
            }
        }
        for (int i = 0; i < doc.size(); i++) {
            Block b = doc.block(i);
            if (doc.kept(i) && b.words() <= 2 && b.headingLevel() == 0 && !keptNeighbour(doc, i)) {
                doc.set(i, Verdict.removed(Category.OUTSIDE_ARTICLE, STRANDED_RULE));
            }
        }
        strandedInTail(doc);
    }

    /*
     * Decided on the verdicts as they stand, then applied: a run of fragments does not go one by one,
     * each taking the next with it.
     */
    private static void strandedInTail(BlockDocument doc) {
        int last = doc.lastProse();
        if (last < 0) {
            return;
        }
        List<Integer> stranded = new ArrayList<>();
        for (int i = last + 1; i + 1 < doc.size(); i++) {
            Block b = doc.block(i);
            if (doc.kept(i) && !doc.kept(i - 1) && !doc.kept(i + 1) && b.words() <= TAIL_FRAGMENT
                && !b.stats().endsSentence() && !b.isTableRow() && !ArticleNotes.isNote(b.text())) {
                stranded.add(i);
            }
        }
        for (int i : stranded) {
            doc.set(i, Verdict.removed(Category.OUTSIDE_ARTICLE, STRANDED_TAIL_RULE));
        }
    }

    private static boolean keptNeighbour(BlockDocument doc, int i) {
        return i > 0 && doc.kept(i - 1) || i + 1 < doc.size() && doc.kept(i + 1);
    }
}
