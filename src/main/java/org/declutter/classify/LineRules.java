package org.declutter.classify;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.declutter.rules.Rule;
import org.declutter.rules.RuleIndex;
import org.declutter.rules.RuleText;
import org.declutter.segment.Block;

/**
 * The rules the line scorer counts against a line of plain text, and which of them, in order,
 * first matches a line. Asking every rule in turn was most of the time spent on a plain-text
 * document; the {@link RuleIndex} finds the literals of all of them in one pass over the line and
 * leaves the few rules that can match, and a line longer than every rule's {@code max-words} is
 * not looked at at all. Immutable and thread-safe.
 */
final class LineRules {

    private final List<Rule> rules;
    private final int maxWords;
    private final RuleIndex index;

    LineRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        int longest = -1;
        for (Rule rule : this.rules) {
            longest = Math.max(longest, rule.maxWords());
        }
        this.maxWords = longest;
        this.index = RuleIndex.of(this.rules);
    }

    /** The first rule, in order, that matches the line, or {@code null}. */
    Rule firstMatch(Block line, RuleText text) {
        if (line.words() > maxWords) {
            return null;
        }
        BitSet candidates = index.candidates(text);
        for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
            Rule rule = rules.get(r);
            if (rule.matches(line, text, Set.of(), null)) {
                return rule;
            }
        }
        return null;
    }
}
