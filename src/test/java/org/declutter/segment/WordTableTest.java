package org.declutter.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {

    private final WordTable<String> table = new WordTable<>(Map.of("share", "S", "sidebar", "N", "a", "A"));

    @Test
    void findsAWordInABufferByItsHash() {
        char[] buffer = "sidebarXYZ".toCharArray();

        assertThat(table.get(buffer, 7, "sidebar".hashCode())).isEqualTo("N");
        assertThat(table.get(buffer, 6, "sideba".hashCode())).isNull();
        assertThat(table.get("a".toCharArray(), 1, "a".hashCode())).isEqualTo("A");
    }

    @Test
    void tellsAShortWordFromLongerOnesThatOpenAlike() {
        WordTable<String> alike = new WordTable<>(Map.of("that", "T", "thatch", "H"));
        char[] buffer = "thatched".toCharArray();

        assertThat(alike.get(buffer, 4, "that".hashCode())).isEqualTo("T");
        assertThat(alike.get(buffer, 6, "thatch".hashCode())).isEqualTo("H");
        assertThat(alike.get(buffer, 5, "thatc".hashCode())).isNull();
        assertThat(alike.get(buffer, 3, "tha".hashCode())).isNull();
        assertThat(alike.get("thatcx".toCharArray(), 6, "thatcx".hashCode())).isNull();
    }

    @Test
    void comparesWordsBeyondLatin1OrLongerThanEightCharactersInFull() {
        WordTable<String> words = new WordTable<>(Map.of("это", "R", "nevertheless", "L", "für", "F", "a", "A"));

        assertThat(words.contains("это".toCharArray(), 3, "это".hashCode())).isTrue();
        assertThat(words.contains("эта".toCharArray(), 3, "эта".hashCode())).isFalse();
        assertThat(words.get("nevertheless".toCharArray(), 12, "nevertheless".hashCode())).isEqualTo("L");
        assertThat(words.get("für".toCharArray(), 3, "für".hashCode())).isEqualTo("F");
        assertThat(words.get("x-NEVERTHELESS", 2, 14, true)).isEqualTo("L");
        assertThat(words.get("\u0000a".toCharArray(), 2, "\u0000a".hashCode())).isNull();
    }

    @Test
    void findsAWordInARangeOfAStringLoweringAsciiCapitalsWhenAsked() {
        assertThat(table.get("main-sidebar", 5, 12, false)).isEqualTo("N");
        assertThat(table.get("mainSHARE", 4, 9, true)).isEqualTo("S");
        assertThat(table.get("mainSHARE", 4, 9, false)).isNull();
        assertThat(table.get("shares", 0, 6, false)).isNull();
    }

    @Test
    void knowsItsLongestWord() {
        assertThat(table.maxLength()).isEqualTo(7);
        assertThat(new WordTable<>(Map.of()).maxLength()).isZero();
        assertThat(new WordTable<>(Map.<String, String>of()).get("x", 0, 1, false)).isNull();
    }
}
