package org.declutter.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A byte-order mark at the start of some bytes, and the Unicode charset it announces: the one
 * thing that outranks every other sign of how text is encoded. UTF-32's marks are tested before
 * UTF-16's, which begin them.
 *
 * @param charset the charset the mark announces
 * @param length the mark's length in bytes
 */
record ByteOrderMark(Charset charset, int length) {

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    /** The mark the bytes start with, or {@code null} when they start with none. */
    static ByteOrderMark of(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
            return new ByteOrderMark(UTF_32BE, 4);
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
            return new ByteOrderMark(UTF_32LE, 4);
        }
        if (Utf8.startsWithByteOrderMark(b)) {
            return new ByteOrderMark(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return new ByteOrderMark(StandardCharsets.UTF_16BE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return new ByteOrderMark(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }
}
