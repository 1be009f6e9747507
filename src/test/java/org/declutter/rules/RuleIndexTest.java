package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
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
}
