package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The file-level keys of a rule file: its sites and its example pages. */
class RuleFileTest {

    @Test
    void exampleLinesBeforeTheFirstRuleNameExamplePagesWithTheirLines() throws RuleFileException {
        RuleFile file = RuleFileParser.parseFile("site.rules", """
            site: www.example.org
            example: pages/story.html
            example: other.html

            [caption.note]
            class: pic-note
            """);

        assertThat(file.sites()).containsExactly("example.org");
        assertThat(file.pages()).containsExactly(new RuleFile.Page("pages/story.html", 2), new RuleFile.Page("other.html", 3));
        assertThat(file.rules()).extracting(Rule::id).containsExactly("caption.note");
    }

    @Test
    void aFileWithoutExamplePagesHasNone() throws RuleFileException {
        RuleFile file = RuleFileParser.parseFile("plain.rules", "[share.tweet]\nequals: tweet\n");

        assertThat(file.pages()).isEmpty();
        assertThat(file.sites()).isEmpty();
    }

    @Test
    void anExampleLineInsideARuleIsAnError() {
        assertThatThrownBy(() -> RuleFileParser.parseFile("site.rules", "[share.tweet]\nequals: tweet\nexample: a.html\n"))
            .isInstanceOf(RuleFileException.class).hasMessageContaining("site.rules:3:").hasMessageContaining("'example'");
    }
}
