package org.declutter.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopwordsTest {

    @Test
    void findsFunctionWordsOfEveryListWhateverHoldsTheirCharacters() {
        assertThat(Stopwords.contains("the")).isTrue();
        assertThat(Stopwords.contains(new StringBuilder("und"))).isTrue();
        assertThat(Stopwords.contains("что")).isTrue();
    }

    @Test
    void rejectsOtherWordsAndCapitalisedOnes() {
        assertThat(Stopwords.contains("mayor")).isFalse();
        assertThat(Stopwords.contains("The")).isFalse();
        assertThat(Stopwords.contains("")).isFalse();
        assertThat(Stopwords.contains("the".repeat(20))).isFalse();
    }
}
