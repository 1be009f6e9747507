package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of every built-in rule, and holds each built-in file to the floor of
 * examples the project promises: at least eight blocks to drop and four look-alikes to keep.
 */
class BuiltInRulesTest {

    private static final int MIN_DROP = 8;
    private static final int MIN_KEEP = 4;

    private final ExampleChecker checker = new ExampleChecker();

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryRule() {
        return RuleSet.builtIn().rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            List<String> failures = checker.check(List.of(rule)).stream().map(ExampleChecker.Failure::describe).toList();
            assertThat(failures).as("examples of %s (%s)", rule.id(), rule.origin()).isEmpty();
        }));
    }

    /**
     * A pattern whose literals cannot be told (a top-level alternation with a bare branch, say) is
     * run on every block and line: one such pattern made plain text a quarter slower.
     */
    @Test
    void everyBuiltInRegularExpressionCanBeFiltered() {
        List<String> unfiltered = RuleSet.builtIn().rules().stream().flatMap(rule -> rule.regexes().stream()
                .filter(p -> p.filter().requiredSets().length == 0 && p.filter().packedOpenings() == null)
                .map(p -> rule.id() + ": " + p.regex()))
            .toList();
        assertThat(unfiltered).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyFileHasEnoughExamples() throws IOException {
        Map<String, List<Rule>> byFile = byFile();
        return builtInFiles().stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            List<Rule.Example> examples = byFile.getOrDefault(file, List.of()).stream()
                .flatMap(r -> r.examples().stream()).toList();
            assertThat(examples.stream().filter(Rule.Example::mustMatch).count())
                .as("drop examples in %s", file).isGreaterThanOrEqualTo(MIN_DROP);
            assertThat(examples.stream().filter(e -> !e.mustMatch()).count())
                .as("keep examples in %s", file).isGreaterThanOrEqualTo(MIN_KEEP);
        }));
    }

    /** Built-in patterns are compiled on first use, not at load, so this is where a broken one shows. */
    @Test
    void everyBuiltInPatternIsValidRe2() {
        assertThat(RuleSet.builtIn().rules().stream().flatMap(r -> r.regexes().stream()))
            .isNotEmpty()
            .allSatisfy(p -> assertThat(TextPattern.compile(p.regex()).regex()).isEqualTo(p.regex()));
    }

    @Test
    void everyRuleHasADropAndAKeepExample() {
        assertThat(RuleSet.builtIn().rules()).allSatisfy(r -> assertThat(r.examples())
            .as("examples of %s (%s)", r.id(), r.origin())
            .anyMatch(Rule.Example::mustMatch)
            .anyMatch(e -> !e.mustMatch()));
    }

    @Test
    void eachFileHoldsOneCategoryNamedAfterIt() throws IOException {
        Map<String, List<Rule>> byFile = byFile();
        for (String file : builtInFiles()) {
            String category = file.substring(0, file.length() - ".rules".length());
            assertThat(byFile.get(file)).as("rules of %s", file).isNotEmpty()
                .allSatisfy(r -> assertThat(r.category().name()).isEqualTo(category))
                .allSatisfy(r -> assertThat(r.id()).startsWith(category + "."));
        }
    }

    @Test
    void everyBuiltInCategoryWithRulesHasAFile() throws IOException {
        List<String> files = builtInFiles();
        assertThat(files).hasSize(13);
        for (String file : files) {
            assertThat(Category.BUILT_IN).contains(file.replace(".rules", ""));
        }
    }

    @Test
    void builtInRulesPassTheirSiteAndSizeLimits() {
        assertThat(RuleSet.builtIn().rules()).allSatisfy(r -> {
            assertThat(r.sites()).as("built-in rules apply on every site: %s", r.id()).isEmpty();
            assertThat(r.maxWords()).as("max-words of %s", r.id()).isLessThanOrEqualTo(150);
        });
    }

    private static Map<String, List<Rule>> byFile() {
        return RuleSet.builtIn().rules().stream()
            .collect(Collectors.groupingBy(r -> r.origin().substring(0, r.origin().lastIndexOf(':'))));
    }

    private static List<String> builtInFiles() throws IOException {
        try (InputStream in = RuleSet.class.getResourceAsStream("/org/declutter/rules/builtin.list")) {
            assertThat(in).as("builtin.list").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
