package org.declutter.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The byte-order marks, the one test of them that decoding and sniffing share. */
class ByteOrderMarkTest {

    @ParameterizedTest
    @CsvSource({
        "0000feff00000041, UTF-32BE, 4",
        "fffe000041000000, UTF-32LE, 4",
        "efbbbf41, UTF-8, 3",
        "feff0041, UTF-16BE, 2",
        "fffe4100, UTF-16LE, 2",
        "fffe, UTF-16LE, 2"})
    void namesTheCharsetAMarkAnnouncesAndItsLength(String hex, String charset, int length) {
        ByteOrderMark mark = ByteOrderMark.of(HexFormat.of().parseHex(hex));

        assertThat(mark).isEqualTo(new ByteOrderMark(Charset.forName(charset), length));
        assertThat(MediaSniffer.hasUnicodeBom(HexFormat.of().parseHex(hex))).isTrue();
    }

    @Test
    void findsNoneInTextWithoutOneNorInBytesTooShortForOne() {
        for (String hex : new String[] {"", "ef", "efbb", "fe", "3c68746d6c3e", "0000fe", "00410042"}) {
            assertThat(ByteOrderMark.of(HexFormat.of().parseHex(hex))).as(hex).isNull();
        }
    }
}
