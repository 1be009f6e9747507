package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void lowerCasesAndCollapsesWhiteSpace() {
        assertThat(TextNormalizer.normalize("  Read\u00a0 MORE\n\there ")).isEqualTo("read more here");
    }

    @Test
    void foldsAsciiTextTheSameWay() {
        assertThat(TextNormalizer.normalize(" Sign UP\tfor\r\nour Newsletter! ")).isEqualTo("sign up for our newsletter!");
        assertThat(TextNormalizer.normalize(" \n ")).isEmpty();
    }

    @Test
    void foldsTypographicQuotesAndDashes() {
        assertThat(TextNormalizer.normalize("\u201cIt\u2019s \u00abfine\u00bb\u201d \u2014 she said \u2013 ok"))
            .isEqualTo("\"it's \"fine\"\" - she said - ok");
    }

    @Test
    void takesForItsOwnFormOnlyCharactersThatAreTheirOwnFormBesideAnyOther() {
        StringBuilder stable = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (TextNormalizer.isStable(c)) {
                assertThat(Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKC)).as("U+%04X", (int) c).isTrue();
                stable.append(c);
            }
        }
        // A pair is where a character would combine with the one before it.
        char[] pair = new char[2];
        for (int i = 0; i < stable.length(); i++) {
            pair[0] = stable.charAt(i);
            for (int j = 0; j < stable.length(); j++) {
                pair[1] = stable.charAt(j);
                if (!Normalizer.isNormalized(CharBuffer.wrap(pair), Normalizer.Form.NFKC)) {
                    assertThat(String.format("U+%04X U+%04X", (int) pair[0], (int) pair[1])).as("pair").isEmpty();
                }
            }
        }
        assertThat(stable.toString()).contains("\u00e9", "\u2019", "\u201c", "\u2014", "\u0436").doesNotContain("\u2026", "\u0301");
    }

    @Test
    void appliesCompatibilityNormalisation() {
        assertThat(TextNormalizer.normalize("\ufb01nal \u2460")).isEqualTo("final 1");
    }
}
