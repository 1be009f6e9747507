package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionWordsTest {

    @Test
    void aWordLookedUpInPlaceHasTheCategoryOfTheSameWordAsAString() {
        assertThat(RegionWords.category("sidebar")).isNotNull();
        assertThat(RegionWords.category("main-sidebar", 5, 12, false)).isEqualTo(RegionWords.category("sidebar"));
        assertThat(RegionWords.category("mainSIDEBAR", 4, 11, true)).isEqualTo(RegionWords.category("sidebar"));
    }

    @Test
    void otherWordsHaveNone() {
        assertThat(RegionWords.category("sidebars", 0, 8, false)).isNull();
        assertThat(RegionWords.category("sidebar", 0, 6, false)).isNull();
        assertThat(RegionWords.category("Ünknown", 0, 7, true)).isNull();
    }
}
