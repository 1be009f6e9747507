package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FurnitureWordsTest {

    @Test
    void countsTheWordsOfButtonsAndNoticesInAnyCase() {
        assertThat(FurnitureWords.count("Share on Facebook, Twitter or by e-mail")).isEqualTo(4);
        assertThat(FurnitureWords.count("Kommentare teilen")).isEqualTo(2);
        assertThat(FurnitureWords.count("The river rose overnight.")).isZero();
    }
}
