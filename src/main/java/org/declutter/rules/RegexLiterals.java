package org.declutter.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
    /** Largest set of exact strings to keep (prefix tests stop at the first differing character). */
    private static final int MAX_STRINGS = 128;
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
            Node tree = new Reader(regex).read();
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

    /**
     * What is known of the texts a part of a pattern matches: the exact set of them when it is small
     * and made of literals, else a set of literals one of which each of them contains, else nothing;
     * its heads, each text's first {@value #OPENING_CHARS} characters (the whole text when shorter),
     * when they are few enough; and its openings, strings of at most that length one of which each
     * text starts with, which stay known where the heads are not: a head cut short by a part of
     * unknown heads is still an opening, and so is a head followed by one of that part's openings.
     * Besides its own required literals, a sequence knows its parts' ({@code also}).
     */
    private record Node(Set<String> exact, Set<String> contained, Set<String> heads, boolean anchored,
                        Set<String> openings, List<Set<String>> also) {

        static final Node UNKNOWN = new Node(null, null, null, false, null, List.of());
        static final Node EMPTY = new Node(Set.of(""), null, Set.of(""), false, Set.of(""), List.of());

        static Node literal(String s) {
            Set<String> head = Set.of(s.length() > OPENING_CHARS ? s.substring(0, OPENING_CHARS) : s);
            return new Node(Set.of(s), null, head, false, head, List.of());
        }

        /** The literal sets every match contains one of each: its parts' and its own required set. */
        List<Set<String>> conjuncts() {
            List<Set<String>> all = new ArrayList<>(also);
            Set<String> own = required();
            if (own != null && !own.isEmpty() && !own.contains("")) {
                all.add(own);
            }
            return all;
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
            List<Set<String>> also = new ArrayList<>();
            for (Node part : parts.subList(from, parts.size())) {
                also.addAll(part.conjuncts());
            }
            return new Node(exactSoFar && !anchored ? run : null, better(best, run),
                anchored ? null : joinHeads(parts, from, false), anchored, joinHeads(parts, from, true), also);
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
            return new Node(allExact && exact.size() <= MAX_STRINGS ? exact : null, contained, heads, false, openings,
                List.of());
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
                return new Node(optional, null, heads == null ? null : withEmpty(heads, MAX_OPENINGS), false, optionalOpenings,
                    List.of());
            }
            // Repeated at least once, a part's full heads still open every match, and so do its openings.
            Set<String> full = min > 0 && heads != null && allFull(heads) ? heads : null;
            return new Node(null, min == 0 ? null : required(), full, false, min == 0 ? optionalOpenings : openings,
                min == 0 ? List.of() : also);
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

        static final Node BEGIN = new Node(Set.of(""), null, Set.of(""), false, Set.of(""), List.of());
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
}
