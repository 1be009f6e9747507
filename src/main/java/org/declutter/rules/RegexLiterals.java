package org.declutter.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every match of an RE2 pattern must hold, read from the pattern's text: literals one of
 * which each match contains and, for a pattern anchored at the start, openings one of which each
 * match starts with. The reading is conservative: a construct it does not fully understand makes
 * the part it covers unknown, and a pattern it cannot read at all yields nothing. Literals are in
 * lower case, as the {@link TextNormalizer normalised} texts they are looked for in.
 */
final class RegexLiterals {

    /** Largest set of literals worth looking for in a text: beyond it, looking costs too much. */
    static final int MAX_REQUIRED = 128;
    /** Largest set of openings kept: a sorted array of them is searched in a dozen steps. */
    static final int MAX_OPENINGS = 4096;
    /** How many characters of a match's opening are kept: four tell most words apart. */
    private static final int OPENING_CHARS = RuleText.OPENING_CHARS;

    private final Set<String> required;
    private final List<Set<String>> conjuncts;
    private final Set<String> openings;

    private RegexLiterals(Set<String> required, List<Set<String>> conjuncts, Set<String> openings) {
        this.required = required;
        this.conjuncts = conjuncts;
        this.openings = openings;
    }

    /** The literals of a pattern in RE2 syntax, to be searched case-insensitively. */
    static RegexLiterals of(String regex) {
        try {
            RegexPart tree = new Reader(regex).read();
            return new RegexLiterals(tree.required(), tree.conjuncts(), tree.anchored() ? tree.openings() : null);
        } catch (RuntimeException e) {
            // A construct the reader does not know: nothing is known of the matches.
            return new RegexLiterals(null, List.of(), null);
        }
    }

    /** Literals one of which every match contains (possibly the empty one), or {@code null}. */
    Set<String> required() {
        return required;
    }

    /**
     * Sets of literals every match contains one of each, {@link #required} among them: the parts
     * of a pattern in sequence each hold their own ({@code \bwe\b.*\bland\b} needs "we" and "land").
     */
    List<Set<String>> conjuncts() {
        return conjuncts;
    }

    /** Strings one of which every match starts with (possibly the empty one), or {@code null}. */
    Set<String> openings() {
        return openings;
    }

    /** Reads RE2 syntax into {@link RegexPart}s, failing on anything it does not know. */
    private static final class Reader {

        /** Longest character class read as its members. */
        private static final int MAX_CLASS = 16;

        private final String p;
        private int i;

        Reader(String pattern) {
            this.p = pattern;
        }

        RegexPart read() {
            RegexPart node = alternation();
            if (i != p.length()) {
                throw new IllegalArgumentException("unbalanced )");
            }
            return node;
        }

        private RegexPart alternation() {
            List<RegexPart> alternatives = new ArrayList<>();
            alternatives.add(concatenation());
            while (i < p.length() && p.charAt(i) == '|') {
                i++;
                alternatives.add(concatenation());
            }
            return RegexPart.alternate(alternatives);
        }

        private RegexPart concatenation() {
            List<RegexPart> parts = new ArrayList<>();
            // Plain characters in a row are joined into one literal part: a pattern's words are then
            // joined once, not a character at a time through sets of strings.
            StringBuilder word = new StringBuilder();
            while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
                RegexPart atom = atom(parts.isEmpty() && word.length() == 0);
                RegexPart part = quantified(atom);
                String literal = part == atom ? atom.literal() : null;
                if (literal != null) {
                    word.append(literal);
                    continue;
                }
                if (word.length() > 0) {
                    parts.add(RegexPart.literal(word.toString()));
                    word.setLength(0);
                }
                parts.add(part);
            }
            if (word.length() > 0) {
                parts.add(RegexPart.literal(word.toString()));
            }
            return RegexPart.concat(parts);
        }

        private RegexPart quantified(RegexPart atom) {
            while (i < p.length()) {
                char c = p.charAt(i);
                int min;
                int max;
                if (c == '?' || c == '*' || c == '+') {
                    min = c == '+' ? 1 : 0;
                    max = c == '?' ? 1 : -1;
                    i++;
                } else if (c == '{' && repeatAhead()) {
                    int close = p.indexOf('}', i);
                    String body = p.substring(i + 1, close);
                    int comma = body.indexOf(',');
                    min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
                    String upper = comma < 0 ? body : body.substring(comma + 1);
                    max = upper.isEmpty() ? -1 : Integer.parseInt(upper);
                    i = close + 1;
                } else {
                    return atom;
                }
                if (i < p.length() && p.charAt(i) == '?') {
                    i++;
                }
                if (atom == RegexPart.BEGIN) {
                    throw new IllegalArgumentException("repeated anchor");
                }
                atom = atom.repeated(min, max);
            }
            return atom;
        }

        private boolean repeatAhead() {
            int close = p.indexOf('}', i);
            return close > i && p.substring(i + 1, close).matches("\\d+(,\\d*)?");
        }

        private RegexPart atom(boolean first) {
            char c = p.charAt(i++);
            switch (c) {
                case '^':
                    return first ? RegexPart.BEGIN : RegexPart.UNKNOWN;
                case '$':
                    return RegexPart.EMPTY;
                case '.':
                    return RegexPart.UNKNOWN;
                case '[':
                    return characterClass();
                case '(':
                    return group();
                case '\\':
                    return escape();
                case '*', '+', '?', ')':
                    throw new IllegalArgumentException("unexpected " + c);
                default:
                    return character(c);
            }
        }

        private RegexPart group() {
            if (p.startsWith("?", i)) {
                int colon = p.indexOf(':', i);
                int close = p.indexOf(')', i);
                if (p.startsWith("?P<", i) || p.startsWith("?<", i)) {
                    i = p.indexOf('>', i) + 1;
                } else if (close >= 0 && (colon < 0 || close < colon)) {
                    // A flag group such as (?i): it matches nothing itself.
                    i = close + 1;
                    return RegexPart.EMPTY;
                } else {
                    i = colon + 1;
                }
            }
            RegexPart inner = alternation();
            if (i >= p.length() || p.charAt(i) != ')') {
                throw new IllegalArgumentException("missing )");
            }
            i++;
            return inner;
        }

        private RegexPart escape() {
            char c = p.charAt(i++);
            if (c == 'b' || c == 'B' || c == 'A' || c == 'z') {
                return RegexPart.EMPTY;
            }
            if (c == 'Q') {
                int end = p.indexOf("\\E", i);
                String quoted = end < 0 ? p.substring(i) : p.substring(i, end);
                i = end < 0 ? p.length() : end + 2;
                RegexPart run = RegexPart.EMPTY;
                for (char q : quoted.toCharArray()) {
                    run = RegexPart.concat(List.of(run, character(q)));
                }
                return run;
            }
            if (c == 'p' || c == 'P') {
                if (p.charAt(i) == '{') {
                    i = p.indexOf('}', i) + 1;
                } else {
                    i++;
                }
                return RegexPart.UNKNOWN;
            }
            if (c == 'd') {
                // RE2's \d is the ASCII digits.
                return characterSet("0123456789");
            }
            if (Character.isLetterOrDigit(c)) {
                // \s, \w, \x.., \n and the like: any of several characters, or one we do not spell out.
                if (c == 'x') {
                    throw new IllegalArgumentException("hex escape");
                }
                return RegexPart.UNKNOWN;
            }
            return character(c);
        }

        /**
         * A bracketed class: known when it lists a few plain characters, such as {@code [>›→]}, and
         * unknown when negated, when it has a range, an escape or a named class, or when it is long.
         */
        private RegexPart characterClass() {
            int start = i;
            boolean plain = i < p.length() && p.charAt(i) != '^';
            if (i < p.length() && p.charAt(i) == '^') {
                i++;
            }
            if (i < p.length() && p.charAt(i) == ']') {
                i++;
            }
            while (i < p.length() && p.charAt(i) != ']') {
                if (p.charAt(i) == '\\') {
                    plain = false;
                    i++;
                } else if (p.startsWith("[:", i)) {
                    plain = false;
                    i = p.indexOf(":]", i) + 1;
                } else if (p.charAt(i) == '-' && i > start && p.charAt(i + 1) != ']') {
                    plain = false;
                }
                i++;
            }
            if (i >= p.length()) {
                throw new IllegalArgumentException("missing ]");
            }
            String members = p.substring(start, i++);
            if (!plain || members.length() > MAX_CLASS) {
                return RegexPart.UNKNOWN;
            }
            return characterSet(members);
        }

        /** Any one of the characters of {@code members}. */
        private static RegexPart characterSet(String members) {
            List<RegexPart> alternatives = new ArrayList<>();
            for (char c : members.toCharArray()) {
                alternatives.add(character(c));
            }
            return RegexPart.alternate(alternatives);
        }

        /**
         * A literal character, known when all it can match case-insensitively in normalised text is
         * its lower case. ASCII and Latin-1 letters qualify (the Kelvin sign and long s, which also
         * match k and s, do not survive NFKC); so does any other character that is its own lower
         * case and case fold and that the engine matches with no other lower-case character (σ,
         * which also matches ς, does not).
         */
        private static RegexPart character(char c) {
            boolean latin = c < 0x80 || (c >= 0xc0 && c <= 0xff);
            if (!latin && !CaseFolds.standsAlone(c)) {
                return RegexPart.UNKNOWN;
            }
            return RegexPart.literal(String.valueOf(Character.toLowerCase(c)));
        }
    }
}
