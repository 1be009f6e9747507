package org.declutter.rules;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a rule's regular expression only on texts that could match it: from the pattern it derives
 * literal strings of which every match must contain one (and, for a pattern anchored at the start,
 * strings one of which every match must start with), and answers "no match" when the text has none
 * of them. Matching every block against every rule is most of the classification's cost, and most
 * blocks contain none of a rule's words; {@code String.contains} finds that out far faster than the
 * regular expression engine.
 *
 * <p>The answer is always the engine's own: the filter only skips calls whose answer is known to be
 * no. The derivation is conservative: any construct it does not fully understand yields no literal,
 * and so no filtering. It relies on the text being in {@link TextNormalizer normalised} form (NFKC,
 * lower case), as rule texts are, and uses only ASCII literals, whose case-insensitive matches in
 * such text are exactly their lower-case forms.
 */
final class RegexPrefilter {

    private static final Map<Pattern, RegexPrefilter> CACHE = new ConcurrentHashMap<>();
    /** Largest set of literals to search a text for: beyond it, searching costs too much. */
    private static final int MAX_REQUIRED = 24;
    /** Largest set of exact strings to keep (prefix tests stop at the first differing character). */
    private static final int MAX_STRINGS = 64;

    private final Pattern pattern;
    private final String[] required;
    private final String[] prefixes;

    private RegexPrefilter(Pattern pattern, Set<String> required, Set<String> prefixes) {
        this.pattern = pattern;
        this.required = required == null ? null : required.toArray(String[]::new);
        this.prefixes = prefixes == null ? null : prefixes.toArray(String[]::new);
    }

    /** Whether {@code pattern} finds a match in {@code normalized}, a text in normalised form. */
    static boolean find(Pattern pattern, String normalized) {
        return CACHE.computeIfAbsent(pattern, RegexPrefilter::of).find(normalized);
    }

    /** The filter of a pattern. */
    static RegexPrefilter of(Pattern pattern) {
        Node tree;
        try {
            tree = new Reader(pattern.pattern()).read();
        } catch (RuntimeException e) {
            // A construct the reader does not know: no filter, the engine decides alone.
            return new RegexPrefilter(pattern, null, null);
        }
        return new RegexPrefilter(pattern, useful(tree.required(), MAX_REQUIRED), useful(tree.anchoredPrefixes(), MAX_STRINGS));
    }

    /** The literals every match contains one of, or {@code null} when there are none to rely on. */
    Set<String> required() {
        return required == null ? null : new LinkedHashSet<>(List.of(required));
    }

    /** The literals every match starts with one of, or {@code null}. */
    Set<String> prefixes() {
        return prefixes == null ? null : new LinkedHashSet<>(List.of(prefixes));
    }

    private boolean find(String text) {
        if (prefixes != null && !startsWithAny(text)) {
            return false;
        }
        if (required != null && !containsAny(text)) {
            return false;
        }
        return pattern.matcher(text).find();
    }

    private boolean startsWithAny(String text) {
        for (String p : prefixes) {
            if (text.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsAny(String text) {
        TrigramSketch sketch = TrigramSketch.of(text);
        for (String r : required) {
            if (sketch.mayContain(r) && text.contains(r)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> useful(Set<String> literals, int most) {
        if (literals == null || literals.isEmpty() || literals.size() > most || literals.contains("")) {
            return null;
        }
        return literals;
    }

    /**
     * What is known of the texts a part of a pattern matches: the exact set of them when it is small
     * and made of literals, else a set of literals one of which each of them contains, else nothing.
     */
    private record Node(Set<String> exact, Set<String> contained, boolean anchored, Set<String> prefixAfterAnchor) {

        static final Node UNKNOWN = new Node(null, null, false, null);
        static final Node EMPTY = new Node(Set.of(""), null, false, null);

        static Node literal(String s) {
            return new Node(Set.of(s), null, false, null);
        }

        Set<String> required() {
            return better(exact, contained);
        }

        Set<String> anchoredPrefixes() {
            return anchored ? prefixAfterAnchor : null;
        }

        static Node concat(List<Node> parts) {
            Set<String> run = Set.of("");
            Set<String> best = null;
            boolean exactSoFar = true;
            boolean anchored = !parts.isEmpty() && parts.get(0) == Reader.BEGIN;
            Set<String> prefix = null;
            for (int i = anchored ? 1 : 0; i < parts.size(); i++) {
                Node part = parts.get(i);
                best = better(best, part.required());
                Set<String> product = part.exact == null ? null : product(run, part.exact);
                if (product != null) {
                    run = product;
                    continue;
                }
                if (prefix == null && anchored) {
                    prefix = run;
                }
                best = better(best, run);
                exactSoFar = false;
                run = part.exact == null ? Set.of("") : part.exact;
            }
            if (prefix == null && anchored) {
                prefix = run;
            }
            return new Node(exactSoFar && !anchored ? run : null, better(best, run), anchored, prefix);
        }

        static Node alternate(List<Node> alternatives) {
            if (alternatives.size() == 1) {
                return alternatives.get(0);
            }
            Set<String> exact = new LinkedHashSet<>();
            Set<String> contained = new LinkedHashSet<>();
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
            }
            if (contained != null && contained.size() > MAX_STRINGS) {
                contained = null;
            }
            if (allExact && exact.size() <= MAX_STRINGS) {
                return new Node(exact, contained, false, null);
            }
            return new Node(null, contained, false, null);
        }

        /** The part repeated {@code min} to {@code max} times ({@code max} -1 for no limit). */
        Node repeated(int min, int max) {
            if (min == 1 && max == 1) {
                return this;
            }
            if (min == 0 && max == 1) {
                // Optional: the exact set gains the empty string; more repeats would make it unknown.
                Set<String> optional = exact == null ? null : withEmpty(exact);
                return optional == null ? UNKNOWN : new Node(optional, null, false, null);
            }
            return min == 0 ? UNKNOWN : new Node(null, required(), false, null);
        }

        private static Set<String> withEmpty(Set<String> set) {
            Set<String> out = new LinkedHashSet<>(set);
            out.add("");
            return out.size() <= MAX_STRINGS ? out : null;
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
            int la = a.stream().mapToInt(String::length).min().orElse(0);
            int lb = b.stream().mapToInt(String::length).min().orElse(0);
            if (lb != la) {
                return lb > la ? b : a;
            }
            return b.size() < a.size() ? b : a;
        }
    }

    /** Reads RE2 syntax into {@link Node}s, failing on anything it does not know. */
    private static final class Reader {

        static final Node BEGIN = new Node(Set.of(""), null, false, null);

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
            while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
                Node atom = atom(parts.isEmpty());
                parts.add(quantified(atom));
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
                    skipClass();
                    return Node.UNKNOWN;
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
            if (Character.isLetterOrDigit(c)) {
                // \d, \s, \w, \x.., \n and the like: any of several characters, or one we do not spell out.
                if (c == 'x') {
                    throw new IllegalArgumentException("hex escape");
                }
                return Node.UNKNOWN;
            }
            return character(c);
        }

        private void skipClass() {
            if (i < p.length() && p.charAt(i) == '^') {
                i++;
            }
            if (i < p.length() && p.charAt(i) == ']') {
                i++;
            }
            while (i < p.length() && p.charAt(i) != ']') {
                if (p.charAt(i) == '\\') {
                    i++;
                } else if (p.startsWith("[:", i)) {
                    i = p.indexOf(":]", i) + 1;
                }
                i++;
            }
            if (i >= p.length()) {
                throw new IllegalArgumentException("missing ]");
            }
            i++;
        }

        /**
         * A literal character: known when ASCII or a Latin-1 letter, since in normalised text such a
         * character's lower case is all it can match (the Kelvin sign and long s, which also match
         * k and s, do not survive NFKC); other scripts have case pairs that normalisation keeps.
         */
        private static Node character(char c) {
            if (c >= 0x80 && (c < 0xc0 || c > 0xff)) {
                return Node.UNKNOWN;
            }
            return Node.literal(String.valueOf(Character.toLowerCase(c)));
        }
    }
}
