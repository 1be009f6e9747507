package org.declutter.classify;

import java.util.HashMap;
import java.util.Map;
import org.declutter.rules.Rule;
import org.declutter.rules.RuleText;
import org.declutter.segment.Block;
import org.declutter.segment.TextStats;

/**
 * Scores each line of a text without markup for how much it reads like the article: positive for
 * running prose, the more the longer and the denser in function words; negative for menus, labels,
 * buttons and notices. A line is judged in its document: its share of function words against the
 * document's own (so a language without a word list is not judged by a list), whether it repeats
 * elsewhere, whether it sits in a run of short lines, and whether a rule names it boilerplate.
 */
final class LineScorer {

    /** Prose shorter than this many words is too short to vouch for itself. */
    static final int PROSE_WORDS = 8;
    private static final int LONG_WORDS = 15;
    private static final int WORD_CAP = 80;
    /** Below this share of function words in its long lines, a document's language has no list. */
    private static final double LISTED_LANGUAGE = 0.08;
    /** The share of function words assumed for a language without a list: that of plain prose. */
    private static final double NEUTRAL_STOPWORDS = 0.35;
    private static final int MENU_RUN = 3;
    /** Lines of up to this many words are labels and menu items. */
    private static final int LABEL_WORDS = 3;
    private static final double LABEL_SCORE = -1.5;
    /** A longer line without a sentence's end: a subheading, a list item, a caption or a teaser. */
    private static final double PHRASE_SCORE = -0.7;
    /**
     * What a line a rule names scores at most: a little below nothing, so that a notice, however
     * well written, does not draw the article to itself, while a rule's match inside the article
     * (where the rule filter removes it) does not split it.
     */
    private static final double RULE_PENALTY = 1;
    private static final double TAIL_PENALTY = 10;
    private static final int TEMPLATE_REPEATS = 3;
    private static final int BUTTON_WORDS = 6;
    /** What a repeated line of prose keeps of its score. */
    private static final double REPEATED_SHARE = 0.3;
    /** Points prose loses per unit share of furniture words: one such word in twenty costs 1. */
    private static final double FURNITURE_WEIGHT = 20;
    private static final double TEMPLATE_PENALTY = 1.5;
    /** Capitalised function words that make a line a headline in title case, see {@link TitleCase}. */
    private static final int TITLE_CASE_WORDS = 2;
    /** What a teaser (title case run into a summary, or cut off with "...") keeps of its score. */
    private static final double TEASER_SHARE = 0.3;

    private LineScorer() {
    }

    /**
     * The scores of a document's lines.
     *
     * @param score how much each line reads like the article
     * @param tailStart whether each line opens a page's tail (a share bar, the comments, a "related"
     *     list): a button-like line of furniture words, or the match of a rule that drops the rest
     * @param rule the rule that matches each line, or {@code null}
     * @param furnished whether any line shows a site around the text: a rule's match, the opening
     *     of a tail, or a line of three words or more that the text repeats
     */
    record Scores(double[] score, boolean[] tailStart, Rule[] rule, boolean furnished) {
    }

    /** The scores of every block of a document, in order. */
    static Scores scores(BlockDocument doc, LineRules rules) {
        int n = doc.size();
        boolean listed = languageListed(doc);
        Map<String, Integer> seen = new HashMap<>();
        RuleText[] text = new RuleText[n];
        for (int i = 0; i < n; i++) {
            text[i] = doc.ruleText(i);
            seen.merge(text[i].normalized(), 1, Integer::sum);
        }
        boolean[] prose = new boolean[n];
        for (int i = 0; i < n; i++) {
            prose[i] = isProse(doc.block(i).stats(), listed);
        }
        int[] run = shortRuns(prose);
        Map<String, Integer> shapes = new HashMap<>();
        String[] shape = new String[n];
        for (int i = 0; i < n; i++) {
            shape[i] = prose[i] ? null : LineShape.of(doc.block(i).text());
            if (shape[i] != null) {
                shapes.merge(shape[i], 1, Integer::sum);
            }
        }
        double[] score = new double[n];
        boolean[] tailStart = new boolean[n];
        Rule[] matched = new Rule[n];
        boolean furnished = false;
        LineRules.Lines lines = rules.lines();
        for (int i = 0; i < n; i++) {
            Block b = doc.block(i);
            tailStart[i] = !prose[i] && isFurniture(b);
            double s = prose[i] ? proseScore(b, listed) : shortScore(b, run[i]);
            if (shape[i] != null && shapes.get(shape[i]) >= TEMPLATE_REPEATS) {
                // A record's header, repeated with other numbers: comment dates, vote counts, teaser dates.
                s -= TEMPLATE_PENALTY;
            }
            if (seen.get(text[i].normalized()) > 1 && b.words() >= 3) {
                // Gopher's repetition signal: the article says a thing once, a site repeats its furniture.
                s = s > 0 ? s * REPEATED_SHARE : s - 0.5;
                furnished = true;
            }
            matched[i] = lines.firstMatch(b, text[i]);
            if (matched[i] != null) {
                boolean tail = matched[i].action() == Rule.Action.DROP_REST;
                tailStart[i] |= tail;
                score[i] = Math.min(s, tail ? -TAIL_PENALTY : -RULE_PENALTY);
            } else {
                score[i] = s;
            }
            furnished |= tailStart[i] || matched[i] != null;
        }
        return new Scores(score, tailStart, matched, furnished);
    }

    /** A short line whose content words are mostly furniture words: "Share this:", "Comments", "Print". */
    private static boolean isFurniture(Block b) {
        int contentWords = b.words() - b.stats().stopwords();
        return b.words() <= BUTTON_WORDS && contentWords > 0 && FurnitureWords.count(b.text()) * 2 >= contentWords;
    }

    /** Whether a block reads as running prose rather than a label. */
    static boolean isProse(TextStats st, boolean listed) {
        return st.endsSentence() && st.words() >= PROSE_WORDS
            || st.words() >= LONG_WORDS && stopwords(st, listed) >= 0.2;
    }

    private static double proseScore(Block b, boolean listed) {
        TextStats st = b.stats();
        int words = Math.min(b.words(), WORD_CAP);
        double s = 1 + words / 10.0 * (0.5 + stopwords(st, listed));
        if (!st.endsSentence()) {
            s *= 0.6;
        }
        if (truncated(b.text())) {
            // A teaser cut off mid-thought ("...") links to another article.
            s *= TEASER_SHARE;
        }
        if (TitleCase.capitalisedFunctionWords(b.text()) >= TITLE_CASE_WORDS) {
            // A teaser runs a title-case headline into its summary.
            s *= TEASER_SHARE;
        }
        double furniture = (double) FurnitureWords.count(b.text()) / b.words();
        return s - FURNITURE_WEIGHT * furniture;
    }

    private static double shortScore(Block b, int run) {
        TextStats st = b.stats();
        double s = b.words() <= LABEL_WORDS ? LABEL_SCORE : PHRASE_SCORE;
        if (run >= MENU_RUN && st.words() > 0 && st.capitalised() * 2 >= st.words()) {
            s -= 0.5;
        }
        s -= Math.min(2, FurnitureWords.count(b.text()));
        if (st.chars() > 0 && st.digits() * 4 >= st.chars()) {
            // Dates, times, prices and counters.
            s -= 0.5;
        }
        return s;
    }

    private static boolean truncated(String text) {
        String t = text.stripTrailing();
        return t.endsWith("...") || t.endsWith("…") || t.endsWith("[…]") || t.endsWith("[...]");
    }

    /** For each line, the length of the run of consecutive non-prose lines it belongs to (0 for prose). */
    private static int[] shortRuns(boolean[] prose) {
        int[] run = new int[prose.length];
        int i = 0;
        while (i < prose.length) {
            if (prose[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < prose.length && !prose[j]) {
                j++;
            }
            for (int k = i; k < j; k++) {
                run[k] = j - i;
            }
            i = j;
        }
        return run;
    }

    private static double stopwords(TextStats st, boolean listed) {
        return listed ? st.stopwordDensity() : NEUTRAL_STOPWORDS;
    }

    /** Whether the document's language has a function-word list, judged by its longer lines. */
    static boolean languageListed(BlockDocument doc) {
        long words = 0;
        long stop = 0;
        for (Block b : doc.blocks()) {
            if (b.words() >= 10) {
                words += b.words();
                stop += b.stats().stopwords();
            }
        }
        return words == 0 || stop >= LISTED_LANGUAGE * words;
    }
}
