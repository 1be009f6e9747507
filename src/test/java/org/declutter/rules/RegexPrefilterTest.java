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

        assertThat(f.required()).containsExactlyInAnyOrder("comments are", "comments is ", "comment are ", "comment is c");
        assertThat(f.knowsOpenings()).isFalse();
    }

    @Test
    void requiresOneOfTheAlternatives() {
        assertThat(of("(getty images|shutterstock|alamy)$").required())
            .containsExactlyInAnyOrder("getty images", "shutterstock", "alamy");
    }

    @Test
    void variantsThatStartAlikeAreLookedForOnce() {
        assertThat(of("please (read|see) our (comment|commenting) policy").required())
            .containsExactlyInAnyOrder("please read ", "please see o");
        assertThat(of("(privacy policy and terms|privacy policy and cookies|privacy policy)").required())
            .containsExactlyInAnyOrder("privacy poli");
    }

    @Test
    void aSkippableRunBeforeTheWordsOpensAMatchOrLeavesItToThem() {
        RegexPrefilter f = of("^[-| ]*(jan|feb) \\d");

        assertThat(f.knowsOpenings()).isTrue();
        assertThat(f.mayMatch(RuleText.of("| Jan 5"))).isTrue();
        assertThat(f.mayMatch(RuleText.of("Jan 5"))).isTrue();
        assertThat(f.mayMatch(RuleText.of("About Jan 5"))).isFalse();
    }

    @Test
    void aSkippablePartOfUnknownStartLeavesTheOpeningsUnknown() {
        assertThat(of("^(\\p{L}+ ){0,3}\\d{4}").knowsOpenings()).isFalse();
    }

    @Test
    void aSetEveryAlternativeNeedsIsNeededByTheAlternation() {
        // Each form of the date needs a digit, though each one's best set is another (month, separator).
        RegexPrefilter f = of("^(the )?(\\d{1,2} (jan|feb) \\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4})$");

        assertThat(List.of(f.requiredSets())).anySatisfy(set -> assertThat(set).containsExactlyInAnyOrder(
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        assertThat(f.mayMatch(RuleText.of("The 5 Jan 2020"))).isTrue();
        assertThat(f.mayMatch(RuleText.of("20.11.2019"))).isTrue();
        assertThat(f.mayMatch(RuleText.of("The council met in Jan."))).isFalse();
    }

    @Test
    void aLiteralHoldingAnotherIsNotLookedFor() {
        assertThat(of("(ad|advert|sponsored)").required()).containsExactlyInAnyOrder("ad", "sponsored");
    }

    @Test
    void anAnchoredPatternMustOpenWithItsLeadingLiterals() {
        RegexPrefilter f = of("^(story|article) continues (below|after)\\b.*$");

        assertThat(f.knowsOpenings()).isTrue();
        assertThat(f.mayMatch(RuleText.of("story continues below"))).isTrue();
        assertThat(f.mayMatch(RuleText.of("article continues after the ad"))).isTrue();
        assertThat(f.mayMatch(RuleText.of("the story continues below"))).isFalse();
        assertThat(f.mayMatch(RuleText.of("stor"))).isFalse();
    }

    @Test
    void openingsOfDifferentLengthsAreAllTried() {
        RegexPrefilter f = of("^(ok|got it|accept all)$");

        assertThat(f.mayMatch(RuleText.of("ok"))).isTrue();
        assertThat(f.mayMatch(RuleText.of("got it"))).isTrue();
        assertThat(f.mayMatch(RuleText.of("accept all"))).isTrue();
        assertThat(f.mayMatch(RuleText.of("o"))).isFalse();
        assertThat(f.mayMatch(RuleText.of("not ok"))).isFalse();
    }

    @Test
    void aLongAlternationStillGivesOpenings() {
        String words = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "word" + i).collect(java.util.stream.Collectors.joining("|"));
        RegexPrefilter f = of("^(" + words + ")$");

        assertThat(f.knowsOpenings()).isTrue();
        assertThat(f.mayMatch(RuleText.of("word7"))).isTrue();
        assertThat(f.mayMatch(RuleText.of("other words"))).isFalse();
    }

    @Test
    void everyPartOfASequenceMustFindOneOfItsLiterals() {
        RegexPrefilter f = of("\\b(we|our)\\b.{0,80}\\b(land|country)\\b");

        assertThat(f.mayMatch(RuleText.of("Our country"))).isTrue();
        assertThat(f.mayMatch(RuleText.of("our own words"))).isFalse();
        assertThat(f.mayMatch(RuleText.of("the land"))).isFalse();
    }

    @Test
    void lowerCasesLiteralsBecauseRuleTextsAreLowerCase() {
        assertThat(of("Reuters").required()).containsExactly("reuters");
    }

    @Test
    void knowsNothingOfOptionalOrRepeatedParts() {
        assertThat(of("(ab)*").required()).isNull();
        assertThat(of("x?").required()).isNull();
        assertThat(of("[a-z]+\\w+").required()).isNull();
        assertThat(of("a|.").required()).isNull();
    }

    @Test
    void knowsLettersOfOtherScriptsUnlessTheEngineMatchesThemWithAnother() {
        assertThat(of("реклама").required()).containsExactly("реклама");
        assertThat(of("©").required()).containsExactly("©");
        // ς folds to σ, so a text could hold either where the pattern says σ; the JDK also folds the
        // historic ᲀ onto в, but the engine does not match them together.
        assertThat(of("σ").required()).isNull();
        assertThat(of("в").required()).containsExactly("в");
        assertThat(TextPattern.compile("^вход$").find(RuleText.of("ᲀход")))
            .isEqualTo(Pattern.compile("^вход$", Pattern.CASE_INSENSITIVE).matcher("ᲀход").find());
    }

    @Test
    void aPartOfUnknownLengthStillOpensTheMatch() {
        RegexPrefilter f = of("^\\d{1,2}:\\d{2} (am|pm)$");

        assertThat(f.knowsOpenings()).isTrue();
        assertThat(f.mayMatch(RuleText.of("12:30 pm"))).isTrue();
        assertThat(f.mayMatch(RuleText.of("at 12:30 pm"))).isFalse();
        assertThat(of("^(page )?\\d+ of \\d+$").mayMatch(RuleText.of("7 of 9"))).isTrue();
        assertThat(of("^(page )?\\d+ of \\d+$").mayMatch(RuleText.of("one of 9"))).isFalse();
    }

    @Test
    void aClassOfAFewCharactersIsAnAlternation() {
        assertThat(of("a [>›→] b").required()).containsExactlyInAnyOrder("a > b", "a › b", "a → b");
        assertThat(of("[^>]").required()).isNull();
        assertThat(of("[a-c]").required()).isNull();
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
        List<TextPattern> patterns = new ArrayList<>();
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
        for (TextPattern p : patterns) {
            filtered += p.filter().required() != null || p.filter().knowsOpenings() ? 1 : 0;
            Pattern engine = Pattern.compile(p.regex(), Pattern.CASE_INSENSITIVE);
            for (String text : texts) {
                assertThat(p.find(RuleText.of(text))).as("%s on %s", p, text).isEqualTo(engine.matcher(text).find());
            }
        }
        assertThat(filtered).as("patterns with a filter").isGreaterThan(patterns.size() / 2);
    }

    private static RegexPrefilter of(String regex) {
        return RegexPrefilter.of(regex);
    }
}
