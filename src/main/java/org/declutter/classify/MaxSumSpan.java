package org.declutter.classify;

/**
 * The contiguous stretch of a score sequence with the highest total (Kadane's algorithm, linear),
 * where a stretch may also earn a bonus for where it starts and where it ends: the line after a
 * repeated headline is a likely start of the article, the line before a share bar a likely end.
 *
 * @param start first index of the stretch, or -1 when no stretch has a positive total
 * @param end last index of the stretch, inclusive, or -1
 * @param total the stretch's total, bonus included
 */
record MaxSumSpan(int start, int end, double total) {

    /** No positive stretch. */
    static final MaxSumSpan NONE = new MaxSumSpan(-1, -1, 0);

    /**
     * The best stretch of {@code score}; {@code startBonus[i]} is added when a stretch starts at i,
     * {@code endBonus[i]} when it ends at i and its own score, without the start's bonus, is at
     * least {@code endBonusFrom} (a share bar right under the headline ends no article).
     */
    static MaxSumSpan find(double[] score, double[] startBonus, double[] endBonus, double endBonusFrom) {
        MaxSumSpan best = NONE;
        double running = Double.NEGATIVE_INFINITY;
        double bonus = 0;
        int start = 0;
        for (int i = 0; i < score.length; i++) {
            double fresh = startBonus[i];
            if (fresh >= running) {
                running = fresh;
                bonus = fresh;
                start = i;
            }
            running += score[i];
            double own = running - bonus;
            double total = own >= endBonusFrom ? running + endBonus[i] : running;
            // A bonus alone makes no article: the stretch must earn something itself.
            if (own > 0 && total > best.total()) {
                best = new MaxSumSpan(start, i, total);
            }
        }
        return best;
    }

    /** Whether the stretch is empty. */
    boolean isEmpty() {
        return start < 0;
    }

    /** Whether index i lies inside the stretch. */
    boolean contains(int i) {
        return i >= start && i <= end;
    }
}
