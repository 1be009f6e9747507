package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListExtensionTest {

    private static final boolean[] NO_STOP = new boolean[12];

    @Test
    void takesInANumberedListWithTheLinesOfItsItems() {
        List<String> lines = List.of("Here are the offers we liked best this year.", "1) A train set", "http://example.com/1",
            "2) A box of films", "http://example.com/2", "3) A drum kit", "http://example.com/3", "Share this", "Home");
        boolean[] stop = new boolean[lines.size()];
        stop[7] = true;
        assertThat(ListExtension.extendEnd(lines, 0, stop)).isEqualTo(6);
    }

    @Test
    void takesInTheItemsUnderALineEndingInAColon() {
        List<String> lines = List.of("The tour dates:", "June 9 -- Arena, Tampa", "June 10 -- Park, Raleigh",
            "June 14 -- Hall, Boston", "Related stories", "More news");
        assertThat(ListExtension.extendEnd(lines, 0, NO_STOP)).isEqualTo(3);
    }

    @Test
    void leavesAMenuAlone() {
        List<String> lines = List.of("The council will meet again in March.", "Home", "News", "Sport", "Weather");
        assertThat(ListExtension.extendEnd(lines, 0, NO_STOP)).isZero();
        assertThat(ListExtension.number("12) Twelve")).isEqualTo(12);
        assertThat(ListExtension.number("2019 was a year")).isZero();
    }
}
