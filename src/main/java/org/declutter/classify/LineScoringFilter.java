package org.declutter.classify;

import java.util.List;
import org.declutter.rules.Category;
import org.declutter.rules.Rule;
import org.declutter.rules.RuleSet;

/**
 * Finds the article in text without markup: each line (block) is scored for how much it reads
 * like running prose ({@link LineScorer}), and the contiguous stretch with the highest total score
 * is the article (a maximum-sum span), a stretch that starts just below a line echoing the page's
 * title ({@link TitleEcho}) earning a bonus, and ending above a share bar or the comments earning
 * another. The article then takes in the list its last lines lead into ({@link ListExtension}). Lines outside it are removed as
 * {@link Category#OUTSIDE_ARTICLE}, or as the category of a rule that matches them.
 */
final class LineScoringFilter implements BlockFilter {

    static final String RULE = "main-content.outside-span";
    /** What starting right under the headline is worth, in the score of a few paragraphs. */
    private static final double ECHO_BONUS = 15;
    /** How far below the headline the article may start (bylines, dates, a standfirst between). */
    private static final int ECHO_REACH = 8;
    private static final double CONFIDENT_TOTAL = 20;
    /** What ending right above a share bar or the comments is worth. */
    private static final double TAIL_BONUS = 6;
    /** The least an article scores before a share bar can end it: two or three paragraphs. */
    private static final double TAIL_AFTER = 8;

    /**
     * Lines after a tail's first line that must hold no prose: a link box inside the article
     * ("Related links", one link) is followed by the story again, a tail by more buttons.
     */
    private static final int TAIL_LOOKAHEAD = 2;

    private final LineRules rules;

    /** A filter that counts a match of one of these rules against a line. */
    LineScoringFilter(RuleSet rules) {
        this.rules = new LineRules(rules.rules().stream()
            .filter(r -> r.hasTextTests() && r.sites().isEmpty() && r.where() == Rule.Where.ANY)
            .toList());
    }

    @Override
    public void apply(BlockDocument doc) {
        if (doc.page().markup() || doc.size() == 0) {
            return;
        }
        LineScorer.Scores scores = LineScorer.scores(doc, rules);
        int n = doc.size();
        double[] startBonus = new double[n];
        List<String> lines = doc.blocks().stream().map(b -> b.text()).toList();
        for (int echo : TitleEcho.find(lines)) {
            for (int i = echo + 1; i <= echo + ECHO_REACH && i < n; i++) {
                startBonus[i] = ECHO_BONUS;
            }
        }
        double[] endBonus = new double[n];
        for (int i = 1; i < n; i++) {
            if (scores.tailStart()[i] && !proseWithin(scores.score(), i + 1, TAIL_LOOKAHEAD)) {
                endBonus[i - 1] = TAIL_BONUS;
            }
        }
        MaxSumSpan span = MaxSumSpan.find(scores.score(), startBonus, endBonus, TAIL_AFTER);
        if (span.isEmpty()) {
            doc.confidence(0);
            return;
        }
        doc.confidence(span.total() / CONFIDENT_TOTAL);
        int end = ListExtension.extendEnd(lines, span.end(), scores.tailStart());
        for (int i = 0; i < doc.size(); i++) {
            if (i < span.start() || i > end) {
                // A line a rule names keeps that name, so that --keep can bring it back.
                Rule rule = scores.rule()[i];
                doc.set(i, rule == null ? Verdict.removed(Category.OUTSIDE_ARTICLE, RULE) : Verdict.removed(rule.category(), rule.id()));
            }
        }
    }

    private static boolean proseWithin(double[] score, int from, int count) {
        for (int i = from; i < from + count && i < score.length; i++) {
            if (score[i] > 0) {
                return true;
            }
        }
        return false;
    }
}
