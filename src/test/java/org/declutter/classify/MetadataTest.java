package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void everyValueIsOneLineWithoutInvisibleCharactersAndABlankOneIsNone() {
        Metadata m = new Metadata("Council approves\n   the new\u200b budget ", "\u200b \u00a0", " Abigail\u00a0 Van Buren", "Nov.\t19");

        assertThat(m).isEqualTo(new Metadata("Council approves the new budget", null, "Abigail Van Buren", "Nov. 19"));
        assertThat(m.description()).isNull();
        assertThat(Metadata.EMPTY.orTitle("  Rivers\nrise ").title()).isEqualTo("Rivers rise");
    }
}
