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
 * {@link Category#OUTSIDE_ARTICLE}, or as the category of a rule that matches them. In a text that
 * shows no site around it (no rule's match, no share bar or comments, no repeated line, no echo of
 * a title) the article runs from its first line of prose to its last, lists and all, or on to the
 * end when a list or table follows it.
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

    /**
     * Lines after the last prose of a text without a site around it that make a list or a table
     * the article ends with; fewer are a sign-off, a byline or a date.
     */
    private static final int TRAILING_LIST = 4;

    private final LineRules rules;

    /** A filter that counts a match of one of these rules against a line. */
    LineScoringFilter(RuleSet rules) {
        this.rules = new LineRules(rules);
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
        List<Integer> echoes = TitleEcho.find(lines);
        for (int echo : echoes) {
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
        int start = span.start();
        int last = span.end();
        if (!scores.furnished() && echoes.isEmpty()) {
            // Nothing shows a site around the text: an article cleaned already, or never dressed.
            // Its densest stretch would leave out the lists and tables between and after its
            // paragraphs; it runs from its first line of prose to its last, or to its end when a
            // list or table follows that (a greeting or a sign-off stays out).
            double[] score = scores.score();
            for (int i = start - 1; i >= 0; i--) {
                start = score[i] > 0 ? i : start;
            }
            for (int i = last + 1; i < n; i++) {
                last = score[i] > 0 ? i : last;
            }
            if (n - 1 - last >= TRAILING_LIST) {
                last = n - 1;
            }
        }
        int end = ListExtension.extendEnd(lines, last, scores.tailStart());
        for (int i = 0; i < doc.size(); i++) {
            // A correction or an editor's note belongs to the article, above or below it.
            if ((i < start || i > end) && !ArticleNotes.isNote(doc.block(i).text())) {
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
