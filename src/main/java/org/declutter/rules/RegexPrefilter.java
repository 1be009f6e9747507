package org.declutter.rules;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells cheaply whether a rule's regular expression could match a text, so that the engine runs
 * only on texts that could match: from the pattern it derives literal strings of which every match
 * must contain one and, for a pattern anchored at the start, the few characters every match must
 * start with, and answers "no" when the text has none of them. Matching every block against every
 * rule is most of the classification's cost, and most blocks contain none of a rule's words and
 * start with none of its openings; a bit set of the text's trigrams and a binary search over the
 * openings find that out far faster than the regular expression engine.
 *
 * <p>The filter only ever answers "no" when the engine would. The derivation is conservative: any
 * construct it does not fully understand yields no literal, and so no filtering. It relies on the
 * text being in {@link TextNormalizer normalised} form (NFKC, lower case), as rule texts are, and
 * uses only characters whose case-insensitive matches in such text are exactly their lower-case
 * forms.
 */
final class RegexPrefilter {

    /** Largest set of literals to look for in a text: beyond it, looking costs too much. */
    private static final int MAX_REQUIRED = 128;
    /** Longest literal worth looking for: eight characters seldom occur by chance. */
    private static final int LITERAL_CHARS = 8;
    /** Largest set of exact strings to keep (prefix tests stop at the first differing character). */
    private static final int MAX_STRINGS = 128;
    /** How many characters of a match's opening the filter compares: four tell most words apart. */
    private static final int OPENING_CHARS = RuleText.OPENING_CHARS;
    /** Largest set of openings to keep: a sorted array of them is searched in a dozen steps. */
    private static final int MAX_OPENINGS = 4096;

    private final String[] required;
    private final int[][] requiredTrigrams;
    /** The openings, by length (index 1 to {@value #OPENING_CHARS}), packed and sorted; null when unknown. */
    private final long[][] openings;

    private RegexPrefilter(Set<String> required, Set<String> openings) {
        this.required = required == null ? null : required.toArray(String[]::new);
        this.requiredTrigrams = this.required == null ? null
            : Arrays.stream(this.required).map(TrigramSketch::trigrams).toArray(int[][]::new);
        this.openings = openings == null ? null : pack(openings);
    }

    /** The filter of a pattern in RE2 syntax, to be searched case-insensitively. */
    static RegexPrefilter of(String regex) {
        Node tree;
        try {
            tree = new Reader(regex).read();
        } catch (RuntimeException e) {
            // A construct the reader does not know: no filter, the engine decides alone.
            return new RegexPrefilter(null, null);
        }
        return new RegexPrefilter(useful(shortest(tree.required()), MAX_REQUIRED),
            tree.anchored() ? useful(tree.openings(), MAX_OPENINGS) : null);
    }

    /**
     * The same requirement in fewer, shorter literals: each cut to its first {@value #LITERAL_CHARS}
     * characters (a text holding a literal holds its start) and none kept that holds another (the
     * shorter one already says yes). A pattern's variants often share their start, so a hundred
     * spelled-out phrasings become a handful of openings to look for.
     */
    private static Set<String> shortest(Set<String> literals) {
        if (literals == null) {
            return null;
        }
        Set<String> cut = new LinkedHashSet<>();
        for (String literal : literals) {
            cut.add(literal.length() > LITERAL_CHARS ? literal.substring(0, LITERAL_CHARS) : literal);
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String literal : cut) {
            if (cut.stream().noneMatch(other -> other.length() < literal.length() && literal.contains(other))) {
                kept.add(literal);
            }
        }
        return kept;
    }

    /** Whether the pattern may match the text: false means it surely does not. */
    boolean mayMatch(RuleText text) {
        return (openings == null || opensWithAny(text)) && (required == null || containsAny(text));
    }

    /** The literals every match contains one of, or {@code null} when there are none to rely on. */
    Set<String> required() {
        return required == null ? null : new LinkedHashSet<>(List.of(required));
    }

    /** Whether the filter knows how every match starts. */
    boolean knowsOpenings() {
        return openings != null;
    }

    private boolean opensWithAny(RuleText text) {
        for (int length = 1; length < openings.length; length++) {
            if (openings[length].length > 0 && text.hasOpening(length)
                    && Arrays.binarySearch(openings[length], text.opening(length)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean containsAny(RuleText text) {
        TrigramSketch sketch = text.sketch();
        for (int k = 0; k < required.length; k++) {
            if (sketch.mayContain(requiredTrigrams[k]) && text.normalized().contains(required[k])) {
                return true;
            }
        }
        return false;
    }

    private static long[][] pack(Set<String> openings) {
        long[][] byLength = new long[OPENING_CHARS + 1][];
        for (int length = 1; length <= OPENING_CHARS; length++) {
            int n = length;
            byLength[length] = openings.stream().filter(o -> o.length() == n).mapToLong(RuleText::pack).sorted().toArray();
        }
        byLength[0] = new long[0];
        return byLength;
    }

    private static Set<String> useful(Set<String> literals, int most) {
        if (literals == null || literals.isEmpty() || literals.size() > most || literals.contains("")) {
            return null;
        }
        return literals;
    }

    /**
     * What is known of the texts a part of a pattern matches: the exact set of them when it is small
     * and made of literals, else a set of literals one of which each of them contains, else nothing;
     * its heads, each text's first {@value #OPENING_CHARS} characters (the whole text when shorter),
     * when they are few enough; and its openings, strings of at most that length one of which each
     * text starts with, which stay known where the heads are not: a head cut short by a part of
     * unknown heads is still an opening, and so is a head followed by one of that part's openings.
     */
    private record Node(Set<String> exact, Set<String> contained, Set<String> heads, boolean anchored,
                        Set<String> openings) {

        static final Node UNKNOWN = new Node(null, null, null, false, null);
        static final Node EMPTY = new Node(Set.of(""), null, Set.of(""), false, Set.of(""));

        static Node literal(String s) {
            Set<String> head = Set.of(s.length() > OPENING_CHARS ? s.substring(0, OPENING_CHARS) : s);
            return new Node(Set.of(s), null, head, false, head);
        }

        /** The one non-empty text this part matches, or {@code null}. */
        String literal() {
            return this != Reader.BEGIN && exact != null && exact.size() == 1 && !exact.contains("")
                ? exact.iterator().next() : null;
        }

        Set<String> required() {
            return better(exact, contained);
        }

        static Node concat(List<Node> parts) {
            Set<String> run = Set.of("");
            Set<String> best = null;
            boolean exactSoFar = true;
            boolean anchored = !parts.isEmpty() && parts.get(0) == Reader.BEGIN;
            for (int i = anchored ? 1 : 0; i < parts.size(); i++) {
                Node part = parts.get(i);
                best = better(best, part.required());
                Set<String> product = part.exact == null ? null : product(run, part.exact);
                if (product != null) {
                    run = product;
                    continue;
                }
                best = better(best, run);
                exactSoFar = false;
                run = part.exact == null ? Set.of("") : part.exact;
            }
            int from = anchored ? 1 : 0;
            return new Node(exactSoFar && !anchored ? run : null, better(best, run),
                anchored ? null : joinHeads(parts, from, false), anchored, joinHeads(parts, from, true));
        }

        /**
         * The heads, or with {@code openings} the openings, of parts {@code from} on, joined in turn.
         * Where a part's heads are unknown, the heads are unknown; the openings so far, each followed
         * by one of that part's openings when it has them, still open every match.
         */
        private static Set<String> joinHeads(List<Node> parts, int from, boolean openings) {
            Set<String> heads = Set.of("");
            for (int i = from; i < parts.size() && !allFull(heads); i++) {
                Node part = parts.get(i);
                Set<String> joined = join(heads, part.heads);
                if (joined == null) {
                    Set<String> opened = openings ? join(heads, part.openings) : null;
                    return opened != null ? opened : openings ? heads : null;
                }
                heads = joined;
            }
            return heads;
        }

        private static boolean allFull(Set<String> heads) {
            return shortestLength(heads) >= OPENING_CHARS;
        }

        /** Each head of {@code a} followed by each of {@code b} (unless already full), cut to length. */
        private static Set<String> join(Set<String> a, Set<String> b) {
            Set<String> out = new LinkedHashSet<>();
            for (String h : a) {
                if (h.length() >= OPENING_CHARS) {
                    out.add(h);
                    continue;
                }
                if (b == null) {
                    return null;
                }
                for (String g : b) {
                    String joined = h + g;
                    out.add(joined.length() > OPENING_CHARS ? joined.substring(0, OPENING_CHARS) : joined);
                }
                if (out.size() > MAX_OPENINGS) {
                    return null;
                }
            }
            return out;
        }

        static Node alternate(List<Node> alternatives) {
            if (alternatives.size() == 1) {
                return alternatives.get(0);
            }
            Set<String> exact = new LinkedHashSet<>();
            Set<String> contained = new LinkedHashSet<>();
            Set<String> heads = new LinkedHashSet<>();
            Set<String> openings = new LinkedHashSet<>();
            boolean allExact = true;
            for (Node alternative : alternatives) {
                if (alternative.anchored) {
                    return UNKNOWN;
                }
                if (alternative.exact != null) {
                    exact.addAll(alternative.exact);
                } else {
                    allExact = false;
                }
                Set<String> required = alternative.required();
                if (contained != null && required != null) {
                    contained.addAll(required);
                } else {
                    contained = null;
                }
                heads = union(heads, alternative.heads);
                openings = union(openings, alternative.openings);
            }
            if (contained != null && contained.size() > MAX_STRINGS) {
                contained = null;
            }
            return new Node(allExact && exact.size() <= MAX_STRINGS ? exact : null, contained, heads, false, openings);
        }

        /** {@code more} added to {@code strings}, or {@code null} when either is unknown or they are too many. */
        private static Set<String> union(Set<String> strings, Set<String> more) {
            if (strings == null || more == null || strings.size() + more.size() > MAX_OPENINGS) {
                return null;
            }
            strings.addAll(more);
            return strings;
        }

        /** The part repeated {@code min} to {@code max} times ({@code max} -1 for no limit). */
        Node repeated(int min, int max) {
            if (min == 1 && max == 1) {
                return this;
            }
            Set<String> optionalOpenings = openings == null ? null : withEmpty(openings, MAX_OPENINGS);
            if (min == 0 && max == 1) {
                // Optional: the exact set and the heads gain the empty string; more repeats would make them unknown.
                Set<String> optional = exact == null ? null : withEmpty(exact, MAX_STRINGS);
                return new Node(optional, null, heads == null ? null : withEmpty(heads, MAX_OPENINGS), false, optionalOpenings);
            }
            // Repeated at least once, a part's full heads still open every match, and so do its openings.
            Set<String> full = min > 0 && heads != null && allFull(heads) ? heads : null;
            return new Node(null, min == 0 ? null : required(), full, false, min == 0 ? optionalOpenings : openings);
        }

        private static Set<String> withEmpty(Set<String> set, int most) {
            Set<String> out = new LinkedHashSet<>(set);
            out.add("");
            return out.size() <= most ? out : null;
        }

        private static Set<String> product(Set<String> a, Set<String> b) {
            if ((long) a.size() * b.size() > MAX_STRINGS) {
                return null;
            }
            Set<String> out = new LinkedHashSet<>();
            for (String x : a) {
                for (String y : b) {
                    out.add(x + y);
                }
            }
            return out;
        }

        /**
         * Of two literal sets, the one that filters better: one small enough to search for, then the
         * longer shortest string, then fewer strings.
         */
        private static Set<String> better(Set<String> a, Set<String> b) {
            if (b == null || b.isEmpty() || b.contains("")) {
                return a;
            }
            if (a == null) {
                return b;
            }
            if ((a.size() <= MAX_REQUIRED) != (b.size() <= MAX_REQUIRED)) {
                return a.size() <= MAX_REQUIRED ? a : b;
            }
            int la = shortestLength(a);
            int lb = shortestLength(b);
            if (lb != la) {
                return lb > la ? b : a;
            }
            return b.size() < a.size() ? b : a;
        }

        private static int shortestLength(Set<String> strings) {
            int shortest = Integer.MAX_VALUE;
            for (String s : strings) {
                shortest = Math.min(shortest, s.length());
            }
            return shortest;
        }
    }

    /** Reads RE2 syntax into {@link Node}s, failing on anything it does not know. */
    private static final class Reader {

        static final Node BEGIN = new Node(Set.of(""), null, Set.of(""), false, Set.of(""));
        /** Longest character class read as its members. */
        private static final int MAX_CLASS = 16;

        private final String p;
        private int i;

        Reader(String pattern) {
            this.p = pattern;
        }

        Node read() {
            Node node = alternation();
            if (i != p.length()) {
                throw new IllegalArgumentException("unbalanced )");
            }
            return node;
        }

        private Node alternation() {
            List<Node> alternatives = new ArrayList<>();
            alternatives.add(concatenation());
            while (i < p.length() && p.charAt(i) == '|') {
                i++;
                alternatives.add(concatenation());
            }
            return Node.alternate(alternatives);
        }

        private Node concatenation() {
            List<Node> parts = new ArrayList<>();
            // Plain characters in a row are joined into one literal part: a pattern's words are then
            // joined once, not a character at a time through sets of strings.
            StringBuilder word = new StringBuilder();
            while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
                Node atom = atom(parts.isEmpty() && word.length() == 0);
                Node part = quantified(atom);
                String literal = part == atom ? atom.literal() : null;
                if (literal != null) {
                    word.append(literal);
                    continue;
                }
                if (word.length() > 0) {
                    parts.add(Node.literal(word.toString()));
                    word.setLength(0);
                }
                parts.add(part);
            }
            if (word.length() > 0) {
                parts.add(Node.literal(word.toString()));
            }
            return Node.concat(parts);
        }

        private Node quantified(Node atom) {
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
                if (atom == BEGIN) {
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

        private Node atom(boolean first) {
            char c = p.charAt(i++);
            switch (c) {
                case '^':
                    return first ? BEGIN : Node.UNKNOWN;
                case '$':
                    return Node.EMPTY;
                case '.':
                    return Node.UNKNOWN;
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

        private Node group() {
            if (p.startsWith("?", i)) {
                int colon = p.indexOf(':', i);
                int close = p.indexOf(')', i);
                if (p.startsWith("?P<", i) || p.startsWith("?<", i)) {
                    i = p.indexOf('>', i) + 1;
                } else if (close >= 0 && (colon < 0 || close < colon)) {
                    // A flag group such as (?i): it matches nothing itself.
                    i = close + 1;
                    return Node.EMPTY;
                } else {
                    i = colon + 1;
                }
            }
            Node inner = alternation();
            if (i >= p.length() || p.charAt(i) != ')') {
                throw new IllegalArgumentException("missing )");
            }
            i++;
            return inner;
        }

        private Node escape() {
            char c = p.charAt(i++);
            if (c == 'b' || c == 'B' || c == 'A' || c == 'z') {
                return Node.EMPTY;
            }
            if (c == 'Q') {
                int end = p.indexOf("\\E", i);
                String quoted = end < 0 ? p.substring(i) : p.substring(i, end);
                i = end < 0 ? p.length() : end + 2;
                Node run = Node.EMPTY;
                for (char q : quoted.toCharArray()) {
                    run = Node.concat(List.of(run, character(q)));
                }
                return run;
            }
            if (c == 'p' || c == 'P') {
                if (p.charAt(i) == '{') {
                    i = p.indexOf('}', i) + 1;
                } else {
                    i++;
                }
                return Node.UNKNOWN;
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
                return Node.UNKNOWN;
            }
            return character(c);
        }

        /**
         * A bracketed class: known when it lists a few plain characters, such as {@code [>›→]}, and
         * unknown when negated, when it has a range, an escape or a named class, or when it is long.
         */
        private Node characterClass() {
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
                return Node.UNKNOWN;
            }
            return characterSet(members);
        }

        /** Any one of the characters of {@code members}. */
        private static Node characterSet(String members) {
            List<Node> alternatives = new ArrayList<>();
            for (char c : members.toCharArray()) {
                alternatives.add(character(c));
            }
            return Node.alternate(alternatives);
        }

        /**
         * A literal character, known when all it can match case-insensitively in normalised text is
         * its lower case. ASCII and Latin-1 letters qualify (the Kelvin sign and long s, which also
         * match k and s, do not survive NFKC); so does any other character that is its own lower
         * case and case fold and that the engine matches with no other lower-case character (σ,
         * which also matches ς, does not).
         */
        private static Node character(char c) {
            boolean latin = c < 0x80 || (c >= 0xc0 && c <= 0xff);
            if (!latin && !CaseFolds.standsAlone(c)) {
                return Node.UNKNOWN;
            }
            return Node.literal(String.valueOf(Character.toLowerCase(c)));
        }
    }

    /**
     * Which characters beyond Latin-1 stand alone under the engine's case folding. The JDK's case
     * tables find the candidates, lower-case characters that fold onto another (ς onto σ, the
     * historic ᲀ onto the Cyrillic в); the engine's own tables, which may be older, decide whether
     * it really matches them together. RE2/J does not pair ᲀ with в, so в stands alone for it.
     */
    private static final class CaseFolds {

        /** For each character, the other lower-case characters the JDK folds onto it. */
        private static final Map<Character, String> FOLDED_ONTO = foldedOnto();
        private static final Map<Character, Boolean> ALONE = new ConcurrentHashMap<>();

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
}
