package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps docs/rules.md in step with the parser, the built-in files and its own worked example. */
class RulesDocTest {

    private static final Path DOC = Path.of("docs", "rules.md");
    private static final Path WORKED_EXAMPLE = Path.of("testdata", "cases", "rules", "worked-example.rules");

    @Test
    void documentsEveryKey() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (String key : RuleFileParser.KEYS) {
            assertThat(doc).as("row for key %s", key).contains("| `" + key + "` |");
        }
    }

    @Test
    void documentsEveryBuiltInCategory() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        RuleSet.builtIn().rules().stream().map(r -> r.category().name()).distinct()
            .forEach(c -> assertThat(doc).as("row for category %s", c).contains("| `" + c + "` |"));
    }

    @Test
    void showsTheWorkedExampleWordForWord() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String example = Files.readString(WORKED_EXAMPLE, StandardCharsets.UTF_8);
        assertThat(doc).contains("```\n" + example + "```\n");
    }

    @Test
    void theFirstRuleOfThePagePassesItsExamples() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf("```\n", doc.indexOf("## A first rule")) + 4;
        var rules = RuleFileParser.parse("first.rules", doc.substring(start, doc.indexOf("```", start)));
        assertThat(rules).hasSize(1);
        assertThat(new ExampleChecker().check(rules)).isEmpty();
    }

    @Test
    void theWorkedExampleLoadsAndItsExamplesPass() throws Exception {
        var rules = RuleSet.load(WORKED_EXAMPLE);
        assertThat(rules).hasSize(5);
        assertThat(new ExampleChecker().check(rules)).isEmpty();
    }
}
