package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleCheckerTest {

    private final ExampleChecker checker = new ExampleChecker();

    @Test
    void passingExamplesGiveNoFailures() throws RuleFileException {
        List<Rule> rules = RuleFileParser.parse("ok.rules", """
            [share.tweet]
            equals: tweet
            drop: Tweet
            keep: Tweet storms are back.
            """);
        assertThat(checker.check(rules)).isEmpty();
    }

    @Test
    void failuresNameFileLineRuleAndExample() throws RuleFileException {
        List<Rule> rules = RuleFileParser.parse("bad.rules", """
            [share.tweet]
            equals: tweet
            drop: Tweet this
            keep: tweet
            """);
        assertThat(checker.check(rules)).extracting(ExampleChecker.Failure::describe).containsExactly(
            "bad.rules:3: share.tweet: should drop but keeps \"Tweet this\"",
            "bad.rules:4: share.tweet: should keep but drops \"tweet\"");
    }

    @Test
    void htmlExamplesCarryTheirMarkup() throws RuleFileException {
        Rule rule = RuleFileParser.parse("h.rules", "[caption.fig]\nselector: figcaption\n").get(0);
        assertThat(checker.matches(rule, "<figure><figcaption>A tram.</figcaption></figure>")).isTrue();
        assertThat(checker.matches(rule, "A tram.")).isFalse();
        assertThat(checker.matches(rule, "<figure></figure>")).as("no block at all").isFalse();
    }
}
