package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrigramSketchTest {

    @Test
    void neverDeniesALiteralTheTextHolds() {
        String text = "comments are moderated before they appear on the site";
        TrigramSketch sketch = TrigramSketch.of(text);

        for (int from = 0; from < text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertThat(sketch.mayContain(text.substring(from, to))).isTrue();
            }
        }
    }

    @Test
    void deniesMostLiteralsTheTextLacks() {
        TrigramSketch sketch = TrigramSketch.of("the council voted on tuesday to repair the bridge");

        assertThat(sketch.mayContain("newsletter")).isFalse();
        assertThat(sketch.mayContain("getty images")).isFalse();
        assertThat(sketch.mayContain("advertisement")).isFalse();
    }

    @Test
    void followsTheTextItIsAskedAbout() {
        assertThat(TrigramSketch.of("sign up for our newsletter").mayContain("newsletter")).isTrue();
        assertThat(TrigramSketch.of("the bridge reopens").mayContain("newsletter")).isFalse();
    }
}
