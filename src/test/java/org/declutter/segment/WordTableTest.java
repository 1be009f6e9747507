package org.declutter.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {

    private final WordTable<String> table = new WordTable<>(Map.of("share", "S", "sidebar", "N", "a", "A"));

    @Test
    void findsAWordInABufferByItsHash() {
        char[] buffer = "sidebarXYZ".toCharArray();

        assertThat(table.contains(buffer, 7, "sidebar".hashCode())).isTrue();
        assertThat(table.contains(buffer, 6, "sideba".hashCode())).isFalse();
        assertThat(table.contains("a".toCharArray(), 1, "a".hashCode())).isTrue();
    }

    @Test
    void tellsAShortWordFromLongerOnesThatOpenAlike() {
        WordTable<String> alike = new WordTable<>(Map.of("that", "T", "thatch", "H"));
        char[] buffer = "thatched".toCharArray();

        assertThat(alike.contains(buffer, 4, "that".hashCode())).isTrue();
        assertThat(alike.contains(buffer, 6, "thatch".hashCode())).isTrue();
        assertThat(alike.contains(buffer, 5, "thatc".hashCode())).isFalse();
        assertThat(alike.contains(buffer, 3, "tha".hashCode())).isFalse();
        assertThat(alike.contains("thatcx".toCharArray(), 6, "thatcx".hashCode())).isFalse();
    }

    @Test
    void comparesWordsBeyondLatin1OrLongerThanEightCharactersInFull() {
        WordTable<String> words = new WordTable<>(Map.of("это", "R", "nevertheless", "L", "für", "F", "a", "A"));

        assertThat(words.contains("это".toCharArray(), 3, "это".hashCode())).isTrue();
        assertThat(words.contains("эта".toCharArray(), 3, "эта".hashCode())).isFalse();
        assertThat(words.contains("nevertheless".toCharArray(), 12, "nevertheless".hashCode())).isTrue();
        assertThat(words.contains("für".toCharArray(), 3, "für".hashCode())).isTrue();
        assertThat(words.get("x-NEVERTHELESS", 2, 14, true)).isEqualTo("L");
        assertThat(words.get("x-FÜR", 2, 5, true)).isEqualTo("F");
        assertThat(words.get("ЭТО!", 0, 3, true)).isEqualTo("R");
        assertThat(words.get("x-FÜR", 2, 5, false)).isNull();
        assertThat(words.contains("\u0000a".toCharArray(), 2, "\u0000a".hashCode())).isFalse();
    }

    @Test
    void findsAWordInARangeOfAStringLowerCasingItWhenAsked() {
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
