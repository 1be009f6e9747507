package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.declutter.rules.Rule;
import org.declutter.rules.RuleFileException;
import org.declutter.rules.RuleFileParser;
import org.declutter.rules.RuleSet;
import org.declutter.rules.RuleText;
import org.declutter.segment.Block;
import org.junit.jupiter.api.Test;

class LineRulesTest {

    /** The built-in rules a line scorer counts: any place, any site, a test of the text. */
    private static final List<Rule> RULES = RuleSet.builtIn().rules().stream()
        .filter(r -> r.hasTextTests() && r.sites().isEmpty() && r.where() == Rule.Where.ANY).toList();

    @Test
    void findsTheSameFirstRuleAsAskingEveryRuleInTurnButNotInQuotations() {
        LineRules lineRules = new LineRules(RuleSet.of(RULES));
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
                        expected = ReportedSpeech.quotes(rule, block) ? null : rule;
                        break;
                    }
                }
                assertThat(lineRules.lines().firstMatch(block, text)).as(line).isSameAs(expected);
                matched += expected == null ? 0 : 1;
            }
        }
        // The examples must exercise matches, not only misses.
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void answersARepeatedLineAsItAnsweredItFirst() {
        BlockDocument doc = TextDocs.of("Share this:\n\nThe council met.\n\nShare this:\n\nAdvertisement\n\nShare this:");
        LineRules.Lines lines = new LineRules(RuleSet.of(RULES)).lines();
        for (Block block : doc.blocks()) {
            RuleText text = RuleText.of(block.text());
            assertThat(lines.firstMatch(block, text)).as(block.text())
                .isSameAs(new LineRules(RuleSet.of(RULES)).lines().firstMatch(block, text));
        }
        assertThat(lines.firstMatch(doc.block(4), RuleText.of(doc.block(4).text()))).isNotNull();
    }

    @Test
    void asksARepeatedLineAgainWhenARuleLooksAtItsPlace() throws RuleFileException {
        List<Rule> rules = RuleFileParser.parse("place.rules", """
            [test.first-share]
            selector: p:first-child
            phrase: share this
            """);
        BlockDocument doc = TextDocs.of("Share this\n\nShare this");
        LineRules.Lines lines = new LineRules(RuleSet.of(rules)).lines();

        assertThat(lines.firstMatch(doc.block(0), RuleText.of(doc.block(0).text()))).isNotNull();
        assertThat(lines.firstMatch(doc.block(1), RuleText.of(doc.block(1).text()))).isNull();
    }

    @Test
    void aLongParagraphThatMentionsANewsletterIsNoMatch() {
        String prose = "Please subscribe to our newsletter for more stories like this one. ".repeat(40);
        Block block = TextDocs.of(prose).blocks().get(0);

        assertThat(new LineRules(RuleSet.of(RULES)).lines().firstMatch(block, RuleText.of(block.text()))).isNull();
    }
}
