package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFileParserTest {

    private static List<Rule> parse(String text) throws RuleFileException {
        return RuleFileParser.parse("site.rules", text);
    }

    @Test
    void readsEveryKey() throws RuleFileException {
        List<Rule> rules = parse("""
            # a comment
            category: caption
            site: www.example.org, news.example.com

            [caption.agency]
            phrase: Photo by
            starts: Credit:
            equals: Caption
            regex: \\(ap photo/[^)]+\\)
            selector: figure p
            class: credit, photo-credit
            where: tail
            action: drop-rest
            max-words: 30
            drop: Photo by Ana Sousa
            keep: A photo by a reader won the prize.
            """);

        assertThat(rules).hasSize(1);
        Rule r = rules.get(0);
        assertThat(r.id()).isEqualTo("caption.agency");
        assertThat(r.category()).isEqualTo(Category.of("caption"));
        assertThat(r.phrases()).containsExactly("photo by");
        assertThat(r.starts()).containsExactly("credit:");
        assertThat(r.equals()).containsExactly("caption");
        assertThat(r.regexes()).hasSize(1);
        assertThat(r.selectorText()).isEqualTo("figure p");
        assertThat(r.classNames()).containsExactly(List.of("credit"), List.of("photo", "credit"));
        assertThat(r.where()).isEqualTo(Rule.Where.TAIL);
        assertThat(r.action()).isEqualTo(Rule.Action.DROP_REST);
        assertThat(r.maxWords()).isEqualTo(30);
        assertThat(r.sites()).containsExactly("example.org", "news.example.com");
        assertThat(r.examples()).extracting(Rule.Example::text, Rule.Example::mustMatch, Rule.Example::line)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Photo by Ana Sousa", true, 15),
                org.assertj.core.groups.Tuple.tuple("A photo by a reader won the prize.", false, 16));
        assertThat(r.origin()).isEqualTo("site.rules:5");
    }

    @Test
    void defaultsAreAnyWhereDropAndEightyWords() throws RuleFileException {
        Rule r = parse("[share.tweet]\nequals: tweet\n").get(0);
        assertThat(r.category()).as("category from the id").isEqualTo(Category.of("share"));
        assertThat(r.where()).isEqualTo(Rule.Where.ANY);
        assertThat(r.action()).isEqualTo(Rule.Action.DROP);
        assertThat(r.maxWords()).isEqualTo(80);
        assertThat(r.sites()).isEmpty();
    }

    @Test
    void maxWordsAnyLiftsTheLimit() throws RuleFileException {
        assertThat(parse("[footer.x]\nphrase: x\nmax-words: any\n").get(0).maxWords()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void ruleSiteOverridesTheFileSite() throws RuleFileException {
        List<Rule> rules = parse("site: example.org\n[caption.a]\nequals: a\n[caption.b]\nequals: b\nsite: other.net\n");
        assertThat(rules.get(0).sites()).containsExactly("example.org");
        assertThat(rules.get(1).sites()).containsExactly("other.net");
    }

    @Test
    void documentLinesNameExampleDocumentsForTheWholeFile() throws RuleFileException {
        RuleFile file = RuleFileParser.parseFile("site.rules",
            "site: example.org\ndocument: pages/a.html\ndocument: b.txt\n[related.x]\nequals: x\n");
        assertThat(file.documents()).containsExactly(new RuleFile.Document("pages/a.html", 2),
            new RuleFile.Document("b.txt", 3));
        assertThat(file.sites()).containsExactly("example.org");
        assertThat(file.rules()).extracting(Rule::id).containsExactly("related.x");
        assertError("[related.x]\nequals: x\ndocument: a.html\n", "site.rules:3:1: unknown key 'document'");
    }

    @Test
    void acceptsWindowsLineEndingsAndIndentation() throws RuleFileException {
        List<Rule> rules = parse("[related.more]\r\n  equals: more\r\n  drop: More\r\n");
        assertThat(rules.get(0).equals()).containsExactly("more");
    }

    @Test
    void unknownKeyIsReportedAtItsColumn() {
        assertError("[share.x]\nequals: x\n  colour: red\n", "site.rules:3:3: unknown key 'colour'");
    }

    @Test
    void unclosedIdIsReported() {
        assertError("[share.x\nequals: x\n", "site.rules:1:9: expected ']' to close the rule id");
    }

    @Test
    void invalidRegexIsReportedAtTheValue() {
        assertError("[share.x]\nregex: (unclosed\n", "site.rules:2:8: invalid regular expression (RE2 syntax)");
    }

    @Test
    void backReferencesAreNotRe2AndAreRejected() {
        assertError("[share.x]\nregex: (a)\\1\n", "site.rules:2:8: invalid regular expression (RE2 syntax)");
    }

    @Test
    void invalidSelectorIsReported() {
        assertError("[share.x]\nselector: div[[\n", "site.rules:2:11: invalid CSS selector");
    }

    @Test
    void duplicateIdIsReported() {
        assertError("[share.x]\nequals: x\n\n[share.x]\nequals: y\n", "site.rules:4:2: rule id 'share.x' is defined twice");
    }

    @Test
    void ruleThatMatchesNothingIsReported() {
        assertError("[share.x]\ndrop: Share\n", "site.rules:1:1: rule 'share.x' matches nothing");
    }

    @Test
    void ruleWithoutCategoryIsReported() {
        assertError("[tweet]\nequals: tweet\n", "site.rules:1:2: rule 'tweet' needs a category");
    }

    @Test
    void badValuesAreReported() {
        assertError("[share.x]\nequals: x\nwhere: middle\n", "site.rules:3:8: 'middle' is not one of any, head, tail");
        assertError("[share.x]\nequals: x\naction: hide\n", "site.rules:3:9: 'hide' is not one of drop, drop-rest");
        assertError("[share.x]\nequals: x\nmax-words: -3\n", "site.rules:3:12: max-words takes a positive whole number");
        assertError("[share.x]\nequals:\n", "site.rules:2:8: 'equals' needs a value");
        assertError("[Share X]\nequals: x\n", "site.rules:1:2: rule id 'Share X' must be lower-case");
        assertError("[share.x]\ncategory: Not A Name\nequals: x\n", "site.rules:2:11: category names are lower-case");
    }

    @Test
    void keysBeforeTheFirstRuleAreLimited() {
        assertError("phrase: x\n", "site.rules:1:1: 'phrase' must be inside a rule");
        assertError("just words\n", "site.rules:1:1: expected 'key: value' or '[rule-id]'");
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(RuleFileException.class).hasMessageStartingWith(message);
    }
}
