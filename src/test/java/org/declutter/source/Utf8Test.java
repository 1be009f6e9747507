package org.declutter.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void seesUtf8sByteOrderMarkAndNoOther() {
        assertThat(Utf8.startsWithByteOrderMark(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{'})).isTrue();
        assertThat(Utf8.startsWithByteOrderMark(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf})).isTrue();
        assertThat(Utf8.startsWithByteOrderMark(new byte[] {(byte) 0xef, (byte) 0xbb})).isFalse();
        assertThat(Utf8.startsWithByteOrderMark(new byte[] {(byte) 0xfe, (byte) 0xff, 0, '{'})).isFalse();
        assertThat(Utf8.startsWithByteOrderMark(new byte[] {'{', (byte) 0xef, (byte) 0xbb, (byte) 0xbf})).isFalse();
    }

    @Test
    void agreesWithTheJdksStrictDecoderOnEverySequenceOfUpToThreeBytesFromBoundaryValues() {
        int[] values = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1,
            0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff};
        for (int a : values) {
            check(new byte[] {(byte) a});
            for (int b : values) {
                check(new byte[] {(byte) a, (byte) b});
                for (int c : values) {
                    check(new byte[] {(byte) a, (byte) b, (byte) c});
                    check(new byte[] {(byte) a, (byte) b, (byte) c, (byte) 0x80});
                }
            }
        }
    }

    @Test
    void agreesWithTheJdksStrictDecoderOnRandomBytes() {
        Random random = new Random(8);
        for (int run = 0; run < 20_000; run++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                // Mostly bytes with the high bit set, where the rules are.
                bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
            }
            check(bytes);
        }
    }

    @Test
    void takesTextOfEveryPlane() {
        assertThat(Utf8.isWellFormed("plain, café, жизнь, 東京, 😀".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    private static void check(byte[] bytes) {
        assertThat(Utf8.isWellFormed(bytes)).as(java.util.Arrays.toString(bytes)).isEqualTo(strictlyDecodes(bytes));
    }

    private static boolean strictlyDecodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
