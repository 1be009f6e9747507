package org.declutter.classify;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declutter.rules.Rule;
import org.declutter.rules.RuleIndex;
import org.declutter.rules.RuleSet;
import org.declutter.rules.RuleText;
import org.declutter.segment.Block;

/**
 * The rules the line scorer counts against a line of plain text, and which of them, in order,
 * first matches a line. Asking every rule in turn was most of the time spent on a plain-text
 * document; the {@link RuleIndex} finds the literals of all of them in one pass over the line and
 * leaves the few rules that can match, and a line longer than every rule's {@code max-words} is
 * not looked at at all. A document's lines are asked through a {@link Lines}, which remembers
 * them. Immutable and thread-safe.
 */
final class LineRules {

    private final List<Rule> rules;
    /** The rules the line scorer counts: those of any place and any site, with a test of the text. */
    private final BitSet counted = new BitSet();
    private final int maxWords;
    /** The set's own index, shared with the rule filter, which asks it about the same lines. */
    private final RuleIndex index;
    /** Whether every rule counted looks at nothing but a line's text, so that equal lines get equal answers. */
    private final boolean textOnly;

    /** The rules of the set that a line scorer counts against a line. */
    LineRules(RuleSet set) {
        this.rules = set.rules();
        // One loop, no stream: every run makes these while its code is still interpreted.
        int longest = -1;
        boolean text = true;
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (rule.hasTextTests() && rule.sites().isEmpty() && rule.where() == Rule.Where.ANY) {
                counted.set(r);
                longest = Math.max(longest, rule.maxWords());
                text &= rule.looksAtTextOnly();
            }
        }
        this.maxWords = longest;
        this.textOnly = text;
        this.index = set.index();
    }

    /** Asks these rules about the lines of one document. */
    Lines lines() {
        return new Lines();
    }

    /**
     * The index of the first rule, in order, that matches the line, or -1; the line is no longer
     * than the longest {@code max-words}.
     */
    private int firstMatch(Block line, RuleText text) {
        BitSet candidates = index.candidates(text);
        candidates.and(counted);
        for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
            if (index.matches(r, line, text, Set.of(), null)) {
                return ReportedSpeech.quotes(rules.get(r), line) ? -1 : r;
            }
        }
        return -1;
    }

    /**
     * The rules asked about the lines of one document, each distinct line once. A quarter of the
     * short lines of the benchmark's plain-text documents repeat a line before them in the same
     * document ("Reply", "Advertisement", a share bar under every comment). When a rule looks at a
     * line's place (a selector, class names), every line is asked. Not thread-safe.
     */
    final class Lines {
        /** Index of the first matching rule of each short line seen so far, -1 for none. */
        private final Map<String, Integer> answers = new HashMap<>();

        private Lines() {
        }

        /** The first rule, in order, that matches the line, or {@code null}. */
        Rule firstMatch(Block line, RuleText text) {
            if (line.words() > maxWords) {
                return null;
            }
            int answer = textOnly
                ? answers.computeIfAbsent(line.text(), t -> LineRules.this.firstMatch(line, text))
                : LineRules.this.firstMatch(line, text);
            return answer < 0 ? null : rules.get(answer);
        }
    }
}
