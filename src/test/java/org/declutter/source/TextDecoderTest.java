package org.declutter.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void dropsControlCharactersAndByteOrderMarksButKeepsLineBreaksAndTabs() {
        assertThat(TextDecoder.clean("\ufeffa\u0000b\tc\r\n\u0001\u0002d\fe\u001f"))
            .isEqualTo("ab\tc\r\nd\fe");
    }

    @Test
    void dropsThemWhereverTheyFallInALongText() {
        String words = "word ".repeat(4000);
        String text = words + "\u0000" + words + "\u0001" + words + "\ufeff";

        assertThat(TextDecoder.clean(text)).isEqualTo(words + words + words);
    }

    @Test
    void returnsACleanTextAsItIs() {
        String text = "plain text\nwith lines";

        assertThat(TextDecoder.clean(text)).isSameAs(text);
    }
}
