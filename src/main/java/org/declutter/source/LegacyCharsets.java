package org.declutter.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Guesses the legacy charset of text that is not valid UTF-8 and does not declare one (a Russian
 * page in windows-1251, a Japanese one in Shift_JIS) with Tika's statistical detector, a port of
 * ICU's. Only such text loads the detector, so the common UTF-8 path starts no Tika class.
 */
final class LegacyCharsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** ICU's scale is 0 to 100; below this the guess is no better than the usual default. */
    private static final int MIN_CONFIDENCE = 20;

    private LegacyCharsets() {
    }

    /** The most likely charset of the bytes, windows-1252 when nothing is likely. */
    static Charset guess(byte[] bytes, boolean html) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(html);
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            Charset charset = usable(match.getName());
            if (charset != null) {
                return charset;
            }
        }
        return WINDOWS_1252;
    }

    /**
     * The charset to decode with for a detected name, or {@code null} for names that cannot be
     * right: Unicode encodings were ruled out before detection.
     */
    private static Charset usable(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("utf-")) {
            return null;
        }
        // Browsers read latin-1 as windows-1252 (WHATWG Encoding); so do real files.
        if (n.equals("iso-8859-1")) {
            return WINDOWS_1252;
        }
        try {
            Charset charset = Charset.forName(name);
            return charset.equals(StandardCharsets.UTF_8) ? null : charset;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
