package org.declutter.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of HTML and plain text: a byte-order mark wins, then (for HTML) the page's own
 * charset declaration, then UTF-8 if the bytes are valid UTF-8, else the legacy charset that
 * statistical detection finds most likely ({@link LegacyCharsets}).
 */
final class TextDecoder {

    private static final int META_WINDOW = 4096;
    /** Text that any charset declared in ASCII writes as ASCII. */
    private static final String ASCII_PROBE = "<meta charset=";
    /** Characters copied out of a text at a time while looking for ones to drop. */
    private static final int CHUNK = 8192;
    /** The controls that are text (tab, newline, form feed, carriage return), as bits by code. */
    private static final int KEPT_CONTROLS = 1 << '\t' | 1 << '\n' | 1 << '\f' | 1 << '\r';

    private TextDecoder() {
    }

    /**
     * Decodes an HTML page, honouring its charset declaration. Its controls stay: the parser reads
     * the page through a {@link CleanReader}, which drops them.
     */
    static String decodeHtml(byte[] bytes) {
        String unicode = unicode(bytes);
        if (unicode != null) {
            return unicode;
        }
        Charset declared = declared(bytes);
        // A page that declares UTF-8 but is not valid UTF-8 is usually in a legacy charset in truth.
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, declared);
        }
        return utf8OrLegacy(bytes, true);
    }

    /** Decodes plain text. */
    static String decodeText(byte[] bytes) {
        String unicode = unicode(bytes);
        return clean(unicode != null ? unicode : utf8OrLegacy(bytes, false));
    }

    /** The text of bytes in UTF-16 or UTF-32, told by a byte-order mark or by their zero bytes; else null. */
    private static String unicode(byte[] bytes) {
        ByteOrderMark bom = ByteOrderMark.of(bytes);
        if (bom != null) {
            return new String(bytes, bom.length(), bytes.length - bom.length(), bom.charset());
        }
        Charset unicode = MediaSniffer.bomlessUnicode(bytes);
        return unicode == null ? null : new String(bytes, unicode);
    }

    /** The charset a page declares in a meta element or XML declaration near its start, if known. */
    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = Declaration.PATTERN.matcher(head);
        return m.find() ? lookup(m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    private static String utf8OrLegacy(byte[] bytes, boolean html) {
        // Lenient decoding marks each invalid byte with U+FFFD; without one, the bytes were valid
        // UTF-8, which saves the strict check's second pass over almost every page.
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0 || Utf8.isWellFormed(bytes)) {
            return utf8;
        }
        return new String(bytes, LegacyCharsets.guess(bytes, html));
    }

    private static Charset lookup(String name) {
        try {
            String n = name.toLowerCase(Locale.ROOT);
            // Browsers read latin-1 and ascii declarations as windows-1252 (WHATWG Encoding).
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
                return LegacyCharsets.WINDOWS_1252;
            }
            if (!Charset.isSupported(name)) {
                return null;
            }
            // The declaration was read as ASCII, so the page is in a charset that writes ASCII as
            // ASCII, whatever it says: one that declares UTF-16 or UTF-32 is UTF-8 (as browsers take
            // UTF-16, WHATWG Encoding), not bytes to pair into CJK characters.
            Charset charset = Charset.forName(name);
            return Arrays.equals(ASCII_PROBE.getBytes(charset), ASCII_PROBE.getBytes(StandardCharsets.US_ASCII))
                ? charset : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** NUL and other C0 controls (but tab, newline, form feed, carriage return) carry no text. */
    static String clean(String s) {
        // Almost every page has none, so the question is how fast a page is read through. Reading
        // chunks copied out of the string is faster than charAt, whose bounds checks on a page in
        // UTF-16 (nearly all of them: one curly quote suffices) stay in the loop: 0.42 against
        // 1.13 ns a character over the benchmark pages, measured in one JVM.
        char[] chunk = new char[Math.min(s.length(), CHUNK)];
        StringBuilder out = null;
        for (int from = 0; from < s.length(); from += CHUNK) {
            int n = Math.min(CHUNK, s.length() - from);
            s.getChars(from, from + n, chunk, 0);
            int kept = keep(chunk, 0, n);
            if (out == null && kept < n) {
                out = new StringBuilder(s.length()).append(s, 0, from);
            }
            if (out != null) {
                out.append(chunk, 0, kept);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * Drops the characters that carry no text from {@code buffer[offset, offset + length)}, moving
     * the rest to the front; returns how many are kept.
     */
    static int keep(char[] buffer, int offset, int length) {
        int end = offset + length;
        int first = offset;
        while (first < end && !dropped(buffer[first])) {
            first++;
        }
        int to = first;
        for (int i = first; i < end; i++) {
            char c = buffer[i];
            if (!dropped(c)) {
                buffer[to++] = c;
            }
        }
        return to - offset;
    }

    private static boolean dropped(char c) {
        return c < 0x20 ? (KEPT_CONTROLS >>> c & 1) == 0 : c == '\ufeff';
    }

    /**
     * Where a page declares its charset. Apart, so that plain text, which declares none, does not
     * compile it: compiling it took a one-file run of a text file some 4-5 ms in the interpreter.
     */
    private static final class Declaration {
        static final Pattern PATTERN = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    }
}
