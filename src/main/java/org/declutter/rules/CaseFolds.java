package org.declutter.rules;

import com.google.re2j.Pattern;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which characters beyond Latin-1 stand alone under the engine's case folding. The JDK's case
 * tables find the candidates, lower-case characters that fold onto another (ς onto σ, the
 * historic ᲀ onto the Cyrillic в); the engine's own tables, which may be older, decide whether
 * it really matches them together. RE2/J does not pair ᲀ with в, so в stands alone for it.
 */
final class CaseFolds {

    /** For each character, the other lower-case characters the JDK folds onto it. */
    private static final Map<Character, String> FOLDED_ONTO = foldedOnto();
    private static final Map<Character, Boolean> ALONE = new ConcurrentHashMap<>();

    private CaseFolds() {
    }

    /** Whether, in lower-case text, a case-insensitive {@code c} can match nothing but {@code c}. */
    static boolean standsAlone(char c) {
        if (Character.isSurrogate(c) || Character.toLowerCase(c) != c || fold(c) != c) {
            return false;
        }
        String others = FOLDED_ONTO.get(c);
        return others == null || ALONE.computeIfAbsent(c, k -> engineKeepsApart(k, others));
    }

    private static boolean engineKeepsApart(char c, String others) {
        Pattern alone = Pattern.compile(Pattern.quote(String.valueOf(c)), Pattern.CASE_INSENSITIVE);
        return others.chars().noneMatch(d -> alone.matcher(String.valueOf((char) d)).matches());
    }

    private static Map<Character, String> foldedOnto() {
        Map<Character, String> onto = new HashMap<>();
        for (char d = 0; d < Character.MAX_VALUE; d++) {
            char f = fold(d);
            if (f != d && Character.toLowerCase(d) == d) {
                onto.merge(f, String.valueOf(d), String::concat);
            }
        }
        return onto;
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
