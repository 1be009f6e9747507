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

    @Test
    void looksUpAWordWhereItLiesLowerCasingIt() {
        String line = "Mayor Speaks Über The Plan, Он И Мы";

        assertThat(Stopwords.contains(line, 0, 5)).isFalse();
        assertThat(Stopwords.contains(line, 13, 17)).as("Über").isTrue();
        assertThat(Stopwords.contains(line, 18, 21)).as("The").isTrue();
        assertThat(Stopwords.contains(line, 31, 32)).as("И").isTrue();
        assertThat(Stopwords.contains(line, 18, 20)).as("Th").isFalse();
    }
}
