package org.declutter.classify;

import org.declutter.rules.Category;
import org.declutter.segment.Block;

/**
 * Finds the article in text without markup: each line (block) is scored for how much it reads
 * like running prose, and the contiguous stretch with the highest total score is the article
 * (a maximum-sum span). Lines outside it are removed as {@link Category#OUTSIDE_ARTICLE}.
 */
final class LineScoringFilter implements BlockFilter {

    static final String RULE = "main-content.outside-span";

    @Override
    public void apply(BlockDocument doc) {
        if (doc.page().markup() || doc.size() == 0) {
            return;
        }
        double[] score = new double[doc.size()];
        for (int i = 0; i < doc.size(); i++) {
            score[i] = score(doc.block(i));
        }
        int bestStart = -1;
        int bestEnd = -1;
        double best = 0;
        double running = 0;
        int start = 0;
        for (int i = 0; i < score.length; i++) {
            if (running <= 0) {
                running = 0;
                start = i;
            }
            running += score[i];
            if (running > best) {
                best = running;
                bestStart = start;
                bestEnd = i;
            }
        }
        if (bestStart < 0) {
            doc.confidence(0);
            return;
        }
        doc.confidence(Math.min(1, best / 20));
        for (int i = 0; i < doc.size(); i++) {
            if (i < bestStart || i > bestEnd) {
                doc.set(i, Verdict.removed(Category.OUTSIDE_ARTICLE, RULE));
            }
        }
    }

    /** Positive for prose, negative for labels, menus and other short fragments. */
    static double score(Block b) {
        int words = b.words();
        boolean prose = b.stats().endsSentence() && words >= 8;
        if (prose) {
            return 1 + Math.min(words, 80) / 10.0 * (0.5 + b.stats().stopwordDensity());
        }
        if (words >= 15 && b.stats().stopwordDensity() >= 0.2) {
            return 0.5 + Math.min(words, 80) / 20.0;
        }
        return words <= 3 ? -1.5 : -1.0;
    }
}
