package org.declutter.source;

/**
 * What bytes say about UTF-8 before they are decoded: whether they are well-formed UTF-8, as the
 * Unicode standard defines it (its table 3-7) and the JDK's decoder reads it: no overlong forms, no
 * encoded surrogates, nothing beyond U+10FFFF, checked in one pass over the bytes without decoding
 * them, which ASCII, most of most pages, crosses a byte at a time with one comparison; and whether
 * they start with UTF-8's byte-order mark.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** Whether the bytes start with UTF-8's byte-order mark, {@code EF BB BF}. */
    public static boolean startsWithByteOrderMark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
    }

    /** Whether the bytes are well-formed UTF-8. */
    public static boolean isWellFormed(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xff;
            int length;
            int low = 0x80;
            int high = 0xbf;
            if (lead >= 0xc2 && lead <= 0xdf) {
                length = 2;
            } else if (lead >= 0xe0 && lead <= 0xef) {
                length = 3;
                low = lead == 0xe0 ? 0xa0 : 0x80;
                high = lead == 0xed ? 0x9f : 0xbf;
            } else if (lead >= 0xf0 && lead <= 0xf4) {
                length = 4;
                low = lead == 0xf0 ? 0x90 : 0x80;
                high = lead == 0xf4 ? 0x8f : 0xbf;
            } else {
                return false;
            }
            if (i + length > n) {
                return false;
            }
            // The second byte's range is what rules out overlong forms, surrogates and too large.
            int second = bytes[i + 1] & 0xff;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }
}
