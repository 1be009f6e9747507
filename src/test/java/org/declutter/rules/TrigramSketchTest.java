package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrigramSketchTest {

    @Test
    void neverDeniesALiteralTheTextHolds() {
        String text = "comments are moderated before they appear on the site";
        TrigramSketch sketch = new TrigramSketch(text);

        for (int from = 0; from < text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertThat(sketch.mayContain(TrigramSketch.trigrams(text.substring(from, to)))).isTrue();
            }
        }
    }

    @Test
    void deniesMostLiteralsTheTextLacks() {
        TrigramSketch sketch = new TrigramSketch("the council voted on tuesday to repair the bridge");

        assertThat(sketch.mayContain(TrigramSketch.trigrams("newsletter"))).isFalse();
        assertThat(sketch.mayContain(TrigramSketch.trigrams("getty images"))).isFalse();
        assertThat(sketch.mayContain(TrigramSketch.trigrams("advertisement"))).isFalse();
    }

    @Test
    void followsTheTextItIsAskedAbout() {
        assertThat(new TrigramSketch("sign up for our newsletter").mayContain(TrigramSketch.trigrams("newsletter"))).isTrue();
        assertThat(new TrigramSketch("the bridge reopens").mayContain(TrigramSketch.trigrams("newsletter"))).isFalse();
    }
}
