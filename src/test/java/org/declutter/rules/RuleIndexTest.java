package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.declutter.parse.Page;
import org.declutter.segment.Block;
import org.declutter.segment.Segmenter;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RuleIndexTest {

    private static final String RULES = """
        [test.newsletter]
        phrase: newsletter
        [test.sign-up]
        regex: \\bsign up for\\b
        [test.nav]
        selector: nav
        [test.any-word]
        regex: ^\\w+$
        """;

    private static BitSet candidates(String text) throws RuleFileException {
        return RuleIndex.of(RuleFileParser.parse("t.rules", RULES)).candidates(RuleText.of(text));
    }

    private static BitSet of(int... positions) {
        BitSet set = new BitSet();
        for (int p : positions) {
            set.set(p);
        }
        return set;
    }

    @Test
    void aRuleIsACandidateWhenTheTextHoldsOneOfItsLiterals() throws RuleFileException {
        assertThat(candidates("Sign up for free")).isEqualTo(of(1, 2, 3));
        assertThat(candidates("Our NEWSLETTER")).isEqualTo(of(0, 2, 3));
    }

    @Test
    void rulesWithoutLiteralsAreAlwaysCandidates() throws RuleFileException {
        // A structural rule and a pattern whose matches hold no known literal.
        assertThat(candidates("nothing to see")).isEqualTo(of(2, 3));
    }

    @Test
    void everyBuiltInRuleIsACandidateForTheTextsItMustMatch() {
        List<Rule> rules = RuleSet.builtIn().rules();
        RuleIndex index = RuleIndex.of(rules);
        int checked = 0;
        for (int r = 0; r < rules.size(); r++) {
            for (Rule.Example example : rules.get(r).examples()) {
                if (example.mustMatch() && !example.text().startsWith("<")) {
                    assertThat(index.candidates(RuleText.of(example.text())).get(r))
                        .as("%s: %s", rules.get(r).id(), example.text()).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void askedThroughTheIndexEveryBuiltInRuleAnswersAsItDoesAlone() {
        List<Rule> rules = RuleSet.builtIn().rules();
        RuleIndex index = RuleIndex.of(rules);
        Segmenter segmenter = new Segmenter();
        int matched = 0;
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            for (Rule.Example example : rule.examples()) {
                if (example.text().startsWith("<")) {
                    continue;
                }
                Document dom = Document.createShell("");
                dom.body().appendElement("p").text(example.text());
                Block block = segmenter.segment(new Page("example", dom, false, null)).get(0);
                RuleText text = RuleText.of(block.text());
                boolean alone = rule.matches(block, text, Set.of(), null);
                boolean indexed = index.candidates(text).get(r) && index.matches(r, block, text, Set.of(), null);
                assertThat(indexed).as("%s: %s", rule.id(), example.text()).isEqualTo(alone);
                matched += alone ? 1 : 0;
            }
        }
        assertThat(matched).isGreaterThan(500);
    }

    @Test
    void aRuleOfSeveralPatternsTriesThoseWhoseLiteralsTheTextHolds() throws RuleFileException {
        List<Rule> rules = RuleFileParser.parse("t.rules", """
            [test.two]
            regex: ^sign up\\b
            regex: newsletter$
            """);
        RuleIndex index = RuleIndex.of(rules);
        for (String line : List.of("sign up for the newsletter", "our newsletter")) {
            Document dom = Document.createShell("");
            dom.body().appendElement("p").text(line);
            Block block = new Segmenter().segment(new Page("t", dom, false, null)).get(0);
            assertThat(index.matches(0, block, RuleText.of(block.text()), Set.of(), null)).as(line).isTrue();
        }
    }
}
