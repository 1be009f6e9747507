package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
    void appliesCompatibilityNormalisation() {
        assertThat(TextNormalizer.normalize("\ufb01nal \u2460")).isEqualTo("final 1");
    }
}
