package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTableTest {

    private static final String EVERY_KEY = """
        site: example.com
        [caption.every-key]
        phrase: Photo by
        starts: Pictured:
        equals: Getty Images
        regex: ^(photo|image) ?: .{1,40}$
        regex: \\b(we|our)\\b.{0,80}\\b(land|country)\\b
        selector: figcaption, .wp-caption-text
        class: photo-credit, caption
        where: tail
        max-words: 12
        action: drop-rest
        drop: Photo by Ann Lee
        keep: A photograph of the lake at dawn, taken from the northern shore.
        [byline.plain]
        starts: By
        """;

    @Test
    void theStoredTableHoldsWhatTheRuleFilesSay() {
        List<Rule> stored = RuleTable.stored();

        assertThat(stored).as("the build's table (mvn process-classes writes it)").isNotNull();
        assertSameRules(stored, RuleSet.parsedBuiltIn());
    }

    @Test
    void theBuiltInSetIsTheStoredOne() {
        assertSameRules(RuleSet.builtIn().rules(), RuleTable.stored());
    }

    @Test
    void rulesComeBackAsTheyWereWritten() throws Exception {
        List<Rule> rules = RuleFileParser.parse("test.rules", EVERY_KEY);

        assertSameRules(readBack(write(rules)), rules);
    }

    @Test
    void aTableOfAnotherVersionIsIgnored() throws IOException {
        byte[] otherVersion = {0, 0, 0, 99, 0, 0, 0, 0};

        assertThat(RuleTable.read(new ByteArrayInputStream(otherVersion))).isNull();
    }

    @Test
    void aDamagedTableIsReportedAsSuch() throws Exception {
        byte[] table = write(RuleFileParser.parse("test.rules", EVERY_KEY));
        byte[] truncated = Arrays.copyOf(table, table.length - 5);
        byte[] longer = Arrays.copyOf(table, table.length + 1);

        assertThatThrownBy(() -> readBack(truncated)).isInstanceOf(IOException.class).hasMessageContaining("damaged");
        assertThatThrownBy(() -> readBack(longer)).isInstanceOf(IOException.class).hasMessageContaining("too many");
    }

    private static byte[] write(List<Rule> rules) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RuleTable.write(rules, bytes);
        return bytes.toByteArray();
    }

    private static List<Rule> readBack(byte[] table) throws IOException {
        return RuleTable.read(new ByteArrayInputStream(table));
    }

    /** Rules hold patterns and selectors, which have no equality of their own: compared by what they say. */
    private static void assertSameRules(List<Rule> actual, List<Rule> expected) {
        assertThat(actual).extracting(RuleTableTest::said).containsExactlyElementsOf(expected.stream().map(RuleTableTest::said).toList());
        for (int r = 0; r < expected.size(); r++) {
            for (int p = 0; p < expected.get(r).regexes().size(); p++) {
                RegexPrefilter want = RegexPrefilter.of(expected.get(r).regexes().get(p).regex());
                RegexPrefilter got = actual.get(r).regexes().get(p).filter();
                assertThat(got.requiredSets()).as(expected.get(r).id()).isDeepEqualTo(want.requiredSets());
                assertThat(got.packedOpenings()).as(expected.get(r).id()).isDeepEqualTo(want.packedOpenings());
            }
            assertThat(actual.get(r).selector() == null).isEqualTo(expected.get(r).selector() == null);
        }
    }

    private static List<Object> said(Rule r) {
        return Arrays.asList(r.id(), r.category(), r.phrases(), r.starts(), r.equals(),
            r.regexes().stream().map(TextPattern::regex).toList(), r.selectorText(), r.classNames(), r.where(),
            r.maxWords(), r.action(), r.sites(), r.examples(), r.origin());
    }
}
