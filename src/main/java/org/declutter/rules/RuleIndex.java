package org.declutter.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** The positions in the list of the rules that may match the text; no other rule can. */
    public BitSet candidates(RuleText text) {
        Tables t = tables();
        BitSet candidates = (BitSet) t.unguarded.clone();
        t.scanner.scan(text.normalized(), id -> candidates.or(t.rulesByLiteral.get(id)));
        return candidates;
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
        final LiteralScanner scanner;

        Tables(List<Rule> rules) {
            Map<String, Integer> ids = new HashMap<>();
            List<String> literals = new ArrayList<>();
            for (int r = 0; r < rules.size(); r++) {
                Set<String> guard = guard(rules.get(r));
                if (guard == null) {
                    unguarded.set(r);
                    continue;
                }
                for (String literal : guard) {
                    int id = ids.computeIfAbsent(literal, l -> {
                        literals.add(l);
                        rulesByLiteral.add(new BitSet());
                        return literals.size() - 1;
                    });
                    rulesByLiteral.get(id).set(r);
                }
            }
            this.scanner = new LiteralScanner(literals);
        }
    }

    /**
     * The literals one of which a text must hold for the rule to match it on its text, or
     * {@code null} when none are known: a pattern that no literal filters, or a rule that matches on
     * structure alone.
     */
    private static Set<String> guard(Rule rule) {
        if (!rule.hasTextTests()) {
            return null;
        }
        Set<String> literals = new LinkedHashSet<>();
        literals.addAll(rule.equals());
        literals.addAll(rule.starts());
        literals.addAll(rule.phrases());
        for (TextPattern pattern : rule.regexes()) {
            Set<String> required = pattern.filter().required();
            if (required == null) {
                return null;
            }
            literals.addAll(required);
        }
        return literals.contains("") ? null : literals;
    }
}
