package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.declutter.rules.Rule;
import org.declutter.rules.RuleSet;
import org.declutter.rules.RuleText;
import org.declutter.segment.Block;
import org.junit.jupiter.api.Test;

class LineRulesTest {

    private static final List<Rule> RULES = RuleSet.builtIn().rules().stream().filter(Rule::hasTextTests).toList();

    @Test
    void findsTheSameFirstRuleAsAskingEveryRuleInTurn() {
        LineRules lineRules = new LineRules(RULES);
        List<String> lines = new ArrayList<>();
        for (Rule rule : RULES) {
            for (Rule.Example example : rule.examples()) {
                if (!example.text().startsWith("<")) {
                    lines.add(example.text());
                }
            }
        }
        int matched = 0;
        for (String line : lines) {
            for (Block block : TextDocs.of(line).blocks()) {
                RuleText text = RuleText.of(block.text());
                Rule expected = null;
                for (Rule rule : RULES) {
                    if (rule.matches(block, text, Set.of(), null)) {
                        expected = rule;
                        break;
                    }
                }
                assertThat(lineRules.firstMatch(block, text)).as(line).isSameAs(expected);
                matched += expected == null ? 0 : 1;
            }
        }
        // The examples must exercise matches, not only misses.
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void aLongParagraphThatMentionsANewsletterIsNoMatch() {
        String prose = "Please subscribe to our newsletter for more stories like this one. ".repeat(40);
        Block block = TextDocs.of(prose).blocks().get(0);

        assertThat(new LineRules(RULES).firstMatch(block, RuleText.of(block.text()))).isNull();
    }
}
