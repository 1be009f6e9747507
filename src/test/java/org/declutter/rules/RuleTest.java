package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Matching semantics of a single rule, through the same path examples take. */
class RuleTest {

    private final ExampleChecker checker = new ExampleChecker();

    private static Rule rule(String body) throws RuleFileException {
        return RuleFileParser.parse("t.rules", "[test.rule]\n" + body).get(0);
    }

    private boolean matches(Rule rule, String text) {
        return checker.matches(rule, text);
    }

    @Test
    void phraseMatchesAtWordBoundariesAnywhere() throws RuleFileException {
        Rule r = rule("phrase: read more\n");
        assertThat(matches(r, "Please READ MORE: the full story")).isTrue();
        assertThat(matches(r, "read more")).isTrue();
        assertThat(matches(r, "Spread moreover thin")).isFalse();
    }

    @Test
    void textIsFoldedBeforeMatching() throws RuleFileException {
        Rule r = rule("phrase: don't miss - today\n");
        assertThat(matches(r, "DON\u2019T  MISS \u2014 today")).isTrue();
    }

    @Test
    void startsNeedsAWordBoundaryAfterThePhrase() throws RuleFileException {
        Rule r = rule("starts: by\n");
        assertThat(matches(r, "By Jane Okafor")).isTrue();
        assertThat(matches(r, "Bygone days")).isFalse();
        assertThat(matches(r, "Written by Jane")).isFalse();
    }

    @Test
    void equalsIsTheWholeText() throws RuleFileException {
        Rule r = rule("equals: advertisement\n");
        assertThat(matches(r, "  Advertisement ")).isTrue();
        assertThat(matches(r, "Advertisement sales rose")).isFalse();
    }

    @Test
    void regexIsSearchedCaseInsensitively() throws RuleFileException {
        Rule r = rule("regex: \\(ap photo/[^)]+\\)\n");
        assertThat(matches(r, "Crowds at the stadium. (AP Photo/Jane Okafor)")).isTrue();
        assertThat(matches(r, "The AP photo desk")).isFalse();
    }

    @Test
    void longerBlocksThanMaxWordsNeverMatch() throws RuleFileException {
        Rule r = rule("phrase: newsletter\nmax-words: 5\n");
        assertThat(matches(r, "Get our newsletter")).isTrue();
        assertThat(matches(r, "The company said its newsletter reaches many readers")).isFalse();
    }

    @Test
    void structuralTestsMustPassToo() throws RuleFileException {
        Rule r = rule("phrase: credit\nselector: figure\n");
        assertThat(matches(r, "<figure><p>Credit: Ana Sousa</p></figure>")).isTrue();
        assertThat(matches(r, "<div><p>Credit: Ana Sousa</p></div>")).isFalse();
    }

    @Test
    void classWordsMatchTheElementOrAnAncestor() throws RuleFileException {
        Rule r = rule("class: promo\n");
        assertThat(matches(r, "<div class=\"article-promoBox\"><p>Anything at all</p></div>")).isTrue();
        assertThat(matches(r, "<div class=\"promotion\"><p>Anything at all</p></div>")).isFalse();
    }

    @Test
    void aClassNameOfSeveralWordsNeedsThemAll() throws RuleFileException {
        Rule r = rule("class: podcast-promo\n");
        assertThat(matches(r, "<div class=\"box podcastPromo\"><p>Listen</p></div>")).isTrue();
        assertThat(matches(r, "<div class=\"promo\"><p>Listen</p></div>")).isFalse();
    }

    @Test
    void siteRulesApplyToTheSiteAndItsSubdomains() throws RuleFileException {
        Rule r = rule("equals: x\nsite: example.org\n");
        assertThat(r.appliesTo("example.org")).isTrue();
        assertThat(r.appliesTo("news.example.org")).isTrue();
        assertThat(r.appliesTo("badexample.org")).isFalse();
        assertThat(r.appliesTo(null)).isFalse();
        assertThat(rule("equals: x\n").appliesTo(null)).isTrue();
    }
}
