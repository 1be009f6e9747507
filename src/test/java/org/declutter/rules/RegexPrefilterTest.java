package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RegexPrefilterTest {

    @Test
    void requiresTheWordsOfAPlainPattern() {
        RegexPrefilter f = of("\\bcomments? (are|is) closed\\b");

        assertThat(f.required()).isNotNull().allMatch(s -> s.contains("comment") && s.endsWith("closed"));
        assertThat(f.prefixes()).isNull();
    }

    @Test
    void requiresOneOfTheAlternatives() {
        assertThat(of("(getty images|shutterstock|alamy)$").required())
            .containsExactlyInAnyOrder("getty images", "shutterstock", "alamy");
    }

    @Test
    void anAnchoredPatternMustStartWithItsLeadingLiterals() {
        RegexPrefilter f = of("^(story|article) continues (below|after)\\b.*$");

        assertThat(f.prefixes()).containsExactlyInAnyOrder(
            "story continues below", "story continues after", "article continues below", "article continues after");
    }

    @Test
    void lowerCasesLiteralsBecauseRuleTextsAreLowerCase() {
        assertThat(of("Reuters").required()).containsExactly("reuters");
    }

    @Test
    void knowsNothingOfOptionalOrRepeatedOrNonAsciiParts() {
        assertThat(of("(ab)*").required()).isNull();
        assertThat(of("x?").required()).isNull();
        assertThat(of("[a-z]+\\d+").required()).isNull();
        assertThat(of("реклама").required()).isNull();
        assertThat(of("a|.").required()).isNull();
    }

    @Test
    void aRepeatedPartStillRequiresItsLiterals() {
        assertThat(of("x(ab)+y").required()).containsExactly("ab");
        assertThat(of("(ab){2,3}").required()).containsExactly("ab");
    }

    @Test
    void givesUpOnWhatItCannotRead() {
        assertThat(of("\\x{41}bc").required()).isNull();
    }

    /** The filter never changes an answer: every built-in pattern on every example and test text. */
    @Test
    void answersAsTheEngineDoesOnEveryBuiltInPatternAndText() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Rule rule : RuleSet.builtIn().rules()) {
            patterns.addAll(rule.regexes());
            rule.examples().forEach(e -> texts.add(TextNormalizer.normalize(e.text())));
        }
        try (Stream<Path> files = Files.walk(Path.of("testdata", "cases"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
                    texts.add(TextNormalizer.normalize(line));
                }
            }
        }
        assertThat(patterns).hasSizeGreaterThan(20);
        int filtered = 0;
        for (Pattern p : patterns) {
            filtered += of(p.pattern()).required() != null || of(p.pattern()).prefixes() != null ? 1 : 0;
            for (String text : texts) {
                assertThat(RegexPrefilter.find(p, text)).as("%s on %s", p, text).isEqualTo(p.matcher(text).find());
            }
        }
        assertThat(filtered).as("patterns with a filter").isGreaterThan(patterns.size() / 2);
    }

    private static RegexPrefilter of(String regex) {
        return RegexPrefilter.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }
}
