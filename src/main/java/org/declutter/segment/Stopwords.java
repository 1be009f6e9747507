package org.declutter.segment;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Function words of the languages declutter has lists for, pooled into one set. Running prose in
 * any of these languages is dense in them, menus and labels are not; pooling lets a page be judged
 * without first guessing its language.
 */
public final class Stopwords {

    /** Languages with a bundled list, as ISO 639-1 codes. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru");

    private static final Set<String> WORDS = load();

    private Stopwords() {
    }

    /** Whether a lower-cased word is a function word of any bundled language. */
    public static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String language : LANGUAGES) {
            for (String line : ResourceLines.read(Stopwords.class, "stopwords/" + language + ".txt")) {
                words.add(line.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }
}
