package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaxSumSpanTest {

    private static final double[] NONE = new double[6];

    @Test
    void findsTheStretchWithTheHighestTotal() {
        double[] score = {-1, 3, -1, 4, -6, 2};
        assertThat(MaxSumSpan.find(score, NONE, NONE, 0)).isEqualTo(new MaxSumSpan(1, 3, 6));
    }

    @Test
    void isEmptyWhenNothingScoresAboveZero() {
        assertThat(MaxSumSpan.find(new double[] {-1, -2}, new double[2], new double[2], 0).isEmpty()).isTrue();
    }

    @Test
    void aStartBonusMovesTheStartToWhereItIsEarned() {
        double[] score = {3, -4, 2, 2, -1, 0};
        double[] start = {0, 0, 5, 0, 0, 0};
        assertThat(MaxSumSpan.find(score, start, NONE, 0)).isEqualTo(new MaxSumSpan(2, 3, 9));
    }

    @Test
    void anEndBonusStopsTheStretchAboveATail() {
        double[] score = {3, 3, -5, 4, 2, 0};
        double[] end = {0, 4, 0, 0, 0, 0};
        assertThat(MaxSumSpan.find(score, NONE, end, 0)).isEqualTo(new MaxSumSpan(0, 1, 10));
    }

    @Test
    void anEndBonusNeedsAStretchWorthEnding() {
        double[] score = {3, 3, -5, 4, 2, 0};
        double[] end = {0, 4, 0, 0, 0, 0};
        assertThat(MaxSumSpan.find(score, NONE, end, 7)).isEqualTo(new MaxSumSpan(0, 4, 7));
    }
}
