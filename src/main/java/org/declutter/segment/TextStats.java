package org.declutter.segment;

/**
 * Counts that tell prose from labels in a piece of text, measured in one pass: words, function
 * words, capitalised words, digits, and whether it ends like a sentence.
 *
 * <p>Scripts written without spaces (Chinese, Japanese, Thai) count one word per two characters,
 * so length thresholds work for them too, and count as prose-like in place of function words.
 *
 * @param words number of words
 * @param stopwords number of function words (see {@link Stopwords})
 * @param capitalised number of words that start with an upper-case letter
 * @param letters number of letters
 * @param digits number of digits
 * @param chars number of non-space characters
 * @param endsSentence whether the text ends with terminal punctuation
 */
public record TextStats(int words, int stopwords, int capitalised, int letters, int digits, int chars,
                        boolean endsSentence) {

    private static final int FIRST_UNSPACED = 0x0E00;
    private static final byte SPACE = 0;
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte OTHER = 3;
    /**
     * What each ASCII character is, the bulk of most texts: one table lookup instead of asking
     * Unicode's tables whether it is white space, a letter and a digit in turn.
     */
    private static final byte[] ASCII_KINDS = asciiKinds();

    /** Measures a text. */
    public static TextStats of(String text) {
        int words = 0;
        int stop = 0;
        int caps = 0;
        int letters = 0;
        int digits = 0;
        int chars = 0;
        int unspaced = 0;
        Word word = new Word();
        boolean wordCapitalised = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            int cp;
            int kind;
            if (c < ASCII_KINDS.length) {
                cp = c;
                kind = ASCII_KINDS[c];
                i++;
            } else {
                cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
                kind = kindOf(cp);
                i += Character.charCount(cp);
            }
            if (kind != SPACE) {
                chars++;
            }
            if (kind == LETTER) {
                letters++;
                if (isUnspacedScript(cp)) {
                    unspaced++;
                    continue;
                }
                if (word.isEmpty()) {
                    wordCapitalised = isUpperCase(cp);
                }
                word.append(toLowerCase(cp));
            } else if (kind == DIGIT) {
                digits++;
                word.append(cp);
            } else if ((cp == '\'' || cp == '’' || cp == '-') && !word.isEmpty()) {
                word.append(cp);
            } else if (!word.isEmpty()) {
                words++;
                stop += word.isStopword() ? 1 : 0;
                caps += wordCapitalised ? 1 : 0;
                word.clear();
            }
        }
        if (!word.isEmpty()) {
            words++;
            stop += word.isStopword() ? 1 : 0;
            caps += wordCapitalised ? 1 : 0;
        }
        int unspacedWords = (unspaced + 1) / 2;
        // Unspaced scripts have no function-word list: count a third of their words as function
        // words, about the share in running prose, so they are neither favoured nor penalised.
        return new TextStats(words + unspacedWords, stop + unspacedWords / 3, caps, letters, digits, chars,
            endsWithTerminal(text));
    }

    /**
     * Whether the character is a letter, as {@link Character#isLetter(char)} says; an ASCII one,
     * most characters of most texts, without asking Unicode's tables.
     */
    public static boolean isLetter(char c) {
        return c < ASCII_KINDS.length ? ASCII_KINDS[c] == LETTER : Character.isLetter(c);
    }

    private static byte[] asciiKinds() {
        byte[] kinds = new byte[128];
        for (int c = 0; c < kinds.length; c++) {
            kinds[c] = kindOf(c);
        }
        return kinds;
    }

    private static byte kindOf(int cp) {
        if (Character.isWhitespace(cp)) {
            return SPACE;
        }
        if (Character.isLetter(cp)) {
            return LETTER;
        }
        return Character.isDigit(cp) ? DIGIT : OTHER;
    }

    // The ASCII letters, most letters of most pages, on their own: the case of a letter is asked
    // of every word of every block, and Unicode's tables answer it slower.
    private static boolean isUpperCase(int letter) {
        return letter < ASCII_KINDS.length ? letter <= 'Z' : Character.isUpperCase(letter);
    }

    private static int toLowerCase(int letter) {
        return letter < ASCII_KINDS.length ? letter | 0x20 : Character.toLowerCase(letter);
    }

    private static boolean isUnspacedScript(int cp) {
        // Every unspaced script starts at U+0E00 (Thai) or later; the script lookup is a binary
        // search, too dear to run on every Latin or Cyrillic letter.
        if (cp < FIRST_UNSPACED) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
            || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
            || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
            || script == Character.UnicodeScript.MYANMAR;
    }

    private static boolean endsWithTerminal(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == '»') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？' || c == ':';
        }
        return false;
    }

    /** Share of words that are function words, 0 when there are no words. */
    public double stopwordDensity() {
        return words == 0 ? 0 : (double) stopwords / words;
    }

    /**
     * The word being read, lower-cased. Only its first {@link Stopwords#MAX_LENGTH} characters are
     * kept, enough to look it up as a function word, and hashed as they come; a longer word only
     * counts its length. One buffer serves all the words of a text.
     */
    private static final class Word {
        private final char[] chars = new char[Stopwords.MAX_LENGTH];
        private int length;
        private int hash;

        void append(int cp) {
            if (Character.isBmpCodePoint(cp)) {
                put((char) cp);
            } else {
                put(Character.highSurrogate(cp));
                put(Character.lowSurrogate(cp));
            }
        }

        private void put(char c) {
            if (length < chars.length) {
                chars[length] = c;
                hash = 31 * hash + c;
            }
            length++;
        }

        boolean isEmpty() {
            return length == 0;
        }

        boolean isStopword() {
            return Stopwords.contains(chars, length, hash);
        }

        void clear() {
            length = 0;
            hash = 0;
        }
    }
}
