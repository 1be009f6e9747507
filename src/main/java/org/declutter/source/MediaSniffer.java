package org.declutter.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells HTML, plain text and other documents apart from the first bytes of an input, without
 * starting Tika: a shell loop pays for every class loaded, and most inputs are HTML or text.
 */
final class MediaSniffer {

    private static final int WINDOW = 4096;
    private static final String[] HTML_MARKERS = {
        "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ",
        "<article", "<script", "<link ", "<table", "<span", "<a href", "<br", "<h1", "<h2", "<ul",
        "<!--"
    };

    private MediaSniffer() {
    }

    /** Guesses the kind of decompressed, non-empty bytes. */
    static MediaKind sniff(byte[] bytes) {
        if (hasDocumentMagic(bytes)) {
            return MediaKind.DOCUMENT;
        }
        if (hasUnicodeBom(bytes) || looksLikeUtf16(bytes)) {
            return kindOfText(TextDecoder.decodeText(head(bytes, WINDOW * 4)));
        }
        if (looksBinary(bytes)) {
            return MediaKind.DOCUMENT;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, WINDOW), StandardCharsets.ISO_8859_1);
        return kindOfText(head);
    }

    private static byte[] head(byte[] bytes, int n) {
        return bytes.length <= n ? bytes : java.util.Arrays.copyOf(bytes, n);
    }

    /**
     * HTML (XHTML included), another XML vocabulary (a feed, SVG, DocBook: Tika extracts its text),
     * or plain text, from the decoded head of an input.
     */
    private static MediaKind kindOfText(String head) {
        String start = head.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\ufeff")) {
            start = start.substring(1).stripLeading();
        }
        if (start.startsWith("<?xml")) {
            return start.contains("<html") || start.contains("xhtml") ? MediaKind.HTML : MediaKind.DOCUMENT;
        }
        if (!start.startsWith("<")) {
            return MediaKind.TEXT;
        }
        for (String marker : HTML_MARKERS) {
            if (start.contains(marker)) {
                return MediaKind.HTML;
            }
        }
        return MediaKind.TEXT;
    }

    private static boolean hasDocumentMagic(byte[] b) {
        return hasBinaryMagic(b) || startsWith(b, "{\\rtf");
    }

    /** PDF, a zip container (DOCX, ODT, EPUB) or an OLE2 file (DOC, XLS). */
    private static boolean hasBinaryMagic(byte[] b) {
        return startsWith(b, "%PDF") || startsWith(b, "PK\u0003\u0004")
            || (b.length >= 4 && (b[0] & 0xff) == 0xd0 && (b[1] & 0xff) == 0xcf && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xe0);
    }

    private static boolean startsWith(byte[] b, String ascii) {
        if (b.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean hasUnicodeBom(byte[] b) {
        return ByteOrderMark.of(b) != null;
    }

    /** UTF-16 or UTF-32 without a BOM: ASCII text with zero bytes in every other (every fourth) position. */
    static boolean looksLikeUtf16(byte[] b) {
        return bomlessUnicode(b) != null;
    }

    /** The charset of BOM-less UTF-32 or UTF-16, or {@code null} when the bytes look like neither. */
    static Charset bomlessUnicode(byte[] b) {
        Charset utf32 = bomlessUtf32(b);
        return utf32 != null ? utf32 : bomlessUtf16(b);
    }

    /**
     * The byte order of UTF-32 without a BOM: in text outside the supplementary planes the top byte
     * of every four is zero, and so is the next one for most scripts; the low byte seldom is.
     */
    static Charset bomlessUtf32(byte[] b) {
        int n = Math.min(b.length, WINDOW) & ~3;
        if (n < 8) {
            return null;
        }
        int[] zeros = new int[4];
        for (int i = 0; i < n; i += 4) {
            for (int j = 0; j < 4; j++) {
                if (b[i + j] == 0) {
                    zeros[j]++;
                }
            }
        }
        int units = n / 4;
        if (zeros[0] == units && zeros[1] > units * 0.9 && zeros[3] < units * 0.05) {
            return Charset.forName("UTF-32BE");
        }
        if (zeros[3] == units && zeros[2] > units * 0.9 && zeros[0] < units * 0.05) {
            return Charset.forName("UTF-32LE");
        }
        return null;
    }

    /**
     * The byte order of UTF-16 without a BOM, told by which half of each pair is zero (the high
     * byte of ASCII characters), or {@code null} when the bytes do not look like UTF-16.
     */
    static Charset bomlessUtf16(byte[] b) {
        int n = Math.min(b.length, WINDOW) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Whether the bytes are binary data, not text in any charset declutter decodes. */
    static boolean isBinary(byte[] bytes) {
        return hasBinaryMagic(bytes) || !hasUnicodeBom(bytes) && !looksLikeUtf16(bytes) && looksBinary(bytes);
    }

    /** Control bytes other than whitespace in more than 1 % of the head: not text. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, WINDOW);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
                control++;
            }
        }
        return control > n / 100 + 1;
    }
}
