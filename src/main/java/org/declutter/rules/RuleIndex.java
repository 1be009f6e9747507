package org.declutter.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declutter.segment.Block;
import org.jsoup.nodes.Element;

/**
 * Tells which rules of a list may match a text, in one pass over the text instead of one test per
 * rule. A text test needs a literal in the text: a phrase, start or whole text needs itself, a
 * pattern one of the literals its {@link RegexPrefilter filter} knows every match holds. The
 * literals of all the rules are looked for at once ({@link LiteralScanner}); a rule whose tests
 * have none of theirs in the text cannot match it, and a block of a page is then tried only
 * against the few rules left, rather than every pattern's filter being asked in turn.
 *
 * <p>Only ever a narrowing: every rule that {@link Rule#matches matches} a text is among its
 * candidates, and the candidates are still tried in full. Immutable and thread-safe.
 */
public final class RuleIndex {

    private final List<Rule> rules;
    // Racy single-check: immutable, and the same whichever thread makes it first.
    private volatile Tables tables;

    private RuleIndex(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The index of these rules. Its tables are made when a text is first asked about rather than
     * now: making them asks every pattern for its filter, which a run pays on its first page
     * rather than at start-up.
     */
    public static RuleIndex of(List<Rule> rules) {
        return new RuleIndex(rules);
    }

    /**
     * The positions in the list of the rules that may match the text; no other rule can. The set is
     * the caller's to change. Asked again about the same text, the index answers from memory.
     */
    public BitSet candidates(RuleText text) {
        scan(text);
        return (BitSet) text.candidates().clone();
    }

    /**
     * {@link Rule#matches} for the rule at {@code position}, trying only those of its patterns the
     * text holds a literal of: a rule of forty patterns is a candidate for one of them, and the other
     * thirty-nine need not run their filters.
     */
    public boolean matches(int position, Block block, RuleText text, Set<String> localClassWords, Element boundary) {
        scan(text);
        return rules.get(position).matches(block, text, localClassWords, boundary, text.patterns(),
            tables().firstPattern[position]);
    }

    /** Finds the text's candidate rules and patterns, unless this index did before. */
    private void scan(RuleText text) {
        if (text.scannedBy(this)) {
            return;
        }
        Tables t = tables();
        BitSet candidates = (BitSet) t.unguarded.clone();
        BitSet patterns = (BitSet) t.unguardedPatterns.clone();
        t.scanner.scan(text.normalized(), id -> {
            candidates.or(t.rulesByLiteral.get(id));
            patterns.or(t.patternsByLiteral.get(id));
        });
        text.rememberCandidates(this, candidates, patterns);
    }

    private Tables tables() {
        Tables t = tables;
        if (t == null) {
            t = new Tables(rules);
            tables = t;
        }
        return t;
    }

    /** The literals of all the rules, and for each, the rules it may let match. */
    private static final class Tables {
        /** Rules that no literal rules out: a test with no literal known, or no text test at all. */
        final BitSet unguarded = new BitSet();
        /** For each literal's id, the rules with a test that it may let match. */
        final List<BitSet> rulesByLiteral = new ArrayList<>();
        /** The patterns of the unguarded rules: each is tried. */
        final BitSet unguardedPatterns = new BitSet();
        /** For each literal's id, the patterns it may let match, numbered rule by rule from {@link #firstPattern}. */
        final List<BitSet> patternsByLiteral = new ArrayList<>();
        /** For each rule, the number of its first pattern. */
        final int[] firstPattern;
        final LiteralScanner scanner;

        /*
         * Made on a run's first page, while the code is still interpreted: plain loops, no lambda,
         * no set of each rule's literals (a literal filed twice for a rule sets its bit twice).
         */
        Tables(List<Rule> rules) {
            Map<String, Integer> ids = new HashMap<>();
            List<String> literals = new ArrayList<>();
            firstPattern = new int[rules.size()];
            int patterns = 0;
            for (int r = 0; r < rules.size(); r++) {
                Rule rule = rules.get(r);
                firstPattern[r] = patterns;
                patterns += rule.regexes().size();
                if (!guarded(rule)) {
                    unguarded.set(r);
                    unguardedPatterns.set(firstPattern[r], patterns);
                    continue;
                }
                file(rule.equals(), r, -1, ids, literals);
                file(rule.starts(), r, -1, ids, literals);
                file(rule.phrases(), r, -1, ids, literals);
                for (int k = 0; k < rule.regexes().size(); k++) {
                    file(rule.regexes().get(k).filter().required(), r, firstPattern[r] + k, ids, literals);
                }
            }
            this.scanner = new LiteralScanner(literals);
        }

        /**
         * Files the literals under their ids, new ones at the end, each noting that it may let the
         * rule match, and the pattern numbered {@code pattern} (-1 for a phrase, start or whole text).
         */
        private void file(List<String> guard, int rule, int pattern, Map<String, Integer> ids, List<String> literals) {
            for (String literal : guard) {
                Integer id = ids.get(literal);
                if (id == null) {
                    id = literals.size();
                    ids.put(literal, id);
                    literals.add(literal);
                    rulesByLiteral.add(new BitSet());
                    patternsByLiteral.add(new BitSet());
                }
                rulesByLiteral.get(id).set(rule);
                if (pattern >= 0) {
                    patternsByLiteral.get(id).set(pattern);
                }
            }
        }
    }

    /**
     * Whether a text must hold one of the rule's literals for the rule to match it on its text: not
     * when a pattern has no literal that filters it, when a test is empty, or when the rule matches
     * on structure alone.
     */
    private static boolean guarded(Rule rule) {
        if (!rule.hasTextTests() || rule.equals().contains("") || rule.starts().contains("")
            || rule.phrases().contains("")) {
            return false;
        }
        for (TextPattern pattern : rule.regexes()) {
            List<String> required = pattern.filter().required();
            if (required == null || required.contains("")) {
                return false;
            }
        }
        return true;
    }
}
