package org.declutter.classify;

import org.declutter.segment.Stopwords;
import org.declutter.segment.TextStats;

/**
 * Spots headline-style capitalisation inside a line. Sentences capitalise a function word only
 * when it starts a sentence; headlines in title case capitalise them all ("Here Are The Top Spots
 * In Town"). A teaser that runs a title-case headline into its summary, or a line in capitals, has
 * several such words; an article's sentence, names and all, has none.
 */
final class TitleCase {

    private TitleCase() {
    }

    /** How many function words in the text are capitalised without starting a sentence. */
    static int capitalisedFunctionWords(String text) {
        int count = 0;
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!TextStats.isLetter(c)) {
                if (".!?:;\"“”«»—–|".indexOf(c) >= 0) {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && (TextStats.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                i++;
            }
            if (!sentenceStart && Character.isUpperCase(c) && i - start > 1 && Stopwords.contains(text, start, i)) {
                count++;
            }
            sentenceStart = false;
        }
        return count;
    }
}
