package org.declutter.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells cheaply whether a rule's regular expression could match a text, so that the engine runs
 * only on texts that could match: from the {@link RegexLiterals literals} of the pattern (strings
 * of which every match must contain one and, for a pattern anchored at the start, the few
 * characters every match must start with) it answers "no" when the text has none of them. Matching every block against every
 * rule is most of the classification's cost, and most blocks contain none of a rule's words and
 * start with none of its openings; a bit set of the text's trigrams and a binary search over the
 * openings find that out far faster than the regular expression engine.
 *
 * <p>The filter only ever answers "no" when the engine would: a pattern whose literals are unknown
 * is not filtered at all.
 */
final class RegexPrefilter {

    /**
     * Longest literal worth looking for. Eight characters ("subscrib") were short enough to occur in
     * many a text that holds none of the phrases ("subscribers get unlimited access", "subscribe
     * now"), each such text costing the pattern a full search; twelve spare most of those searches
     * (plain text 0.93 x the time per page) while the index stays the size it was, and longer ones
     * only multiply the literals.
     */
    private static final int LITERAL_CHARS = 12;
    /** How many characters of a match's opening the filter compares: four tell most words apart. */
    private static final int OPENING_CHARS = RuleText.OPENING_CHARS;

    /** The sets of literals every match contains one of each, the best filter first; none when unknown. */
    private final AnyOf[] required;
    /** The openings, by length (index 1 to {@value #OPENING_CHARS}), packed and sorted; null when unknown. */
    private final long[][] openings;

    /**
     * A filter from its {@link #requiredSets() sets of literals} and its {@link #packedOpenings()
     * packed openings}, as a {@link RuleTable} stores them; no sets, or {@code null} openings,
     * mean unknown.
     */
    RegexPrefilter(String[][] required, long[][] openings) {
        // A loop, not a stream: the built-in filters are made at start-up, in the interpreter.
        this.required = new AnyOf[required.length];
        for (int k = 0; k < required.length; k++) {
            this.required[k] = new AnyOf(required[k]);
        }
        this.openings = openings;
    }

    /**
     * The filter of a pattern in RE2 syntax, to be searched case-insensitively. Besides the best set
     * of literals it checks the other sets every match needs one of, but only when the best set has
     * let the text through: a long pattern such as "we ... land ... peoples" is costly to run, and
     * its best set alone ("peoples", "nation") lets through much running prose.
     */
    static RegexPrefilter of(String regex) {
        RegexLiterals literals = RegexLiterals.of(regex);
        Set<String> best = useful(shortest(literals.required()), RegexLiterals.MAX_REQUIRED);
        List<Set<String>> required = new ArrayList<>();
        if (best != null) {
            required.add(best);
            for (Set<String> conjunct : literals.conjuncts()) {
                Set<String> more = useful(shortest(conjunct), RegexLiterals.MAX_REQUIRED);
                if (more != null && !required.contains(more)) {
                    required.add(more);
                }
            }
        }
        Set<String> openings = useful(literals.openings(), RegexLiterals.MAX_OPENINGS);
        return new RegexPrefilter(required.stream().map(set -> set.toArray(String[]::new)).toArray(String[][]::new),
            openings == null ? null : pack(openings));
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
        if (openings != null && !opensWithAny(text)) {
            return false;
        }
        for (AnyOf literals : required) {
            if (!literals.in(text)) {
                return false;
            }
        }
        return true;
    }

    /** The best set of literals every match contains one of, or {@code null} when there are none to rely on. */
    List<String> required() {
        return required.length == 0 ? null : List.of(required[0].literals);
    }

    /** Every set of literals every match contains one of, the best first, as stored; none when unknown. */
    String[][] requiredSets() {
        String[][] sets = new String[required.length][];
        for (int k = 0; k < sets.length; k++) {
            sets[k] = required[k].literals.clone();
        }
        return sets;
    }

    /** The openings by length, packed and sorted, as stored; {@code null} when unknown. */
    long[][] packedOpenings() {
        return openings == null ? null : Arrays.stream(openings).map(long[]::clone).toArray(long[][]::new);
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

    /** Literals a text must hold one of, with their trigrams for the text's sketch. */
    private static final class AnyOf {
        private final String[] literals;
        private final int[][] trigrams;

        AnyOf(String[] literals) {
            this.literals = literals;
            this.trigrams = new int[literals.length][];
            for (int k = 0; k < literals.length; k++) {
                trigrams[k] = TrigramSketch.trigrams(literals[k]);
            }
        }

        boolean in(RuleText text) {
            TrigramSketch sketch = text.sketch();
            for (int k = 0; k < literals.length; k++) {
                if (sketch.mayContain(trigrams[k]) && text.normalized().contains(literals[k])) {
                    return true;
                }
            }
            return false;
        }
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
}
