package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrefilterTableTest {

    @Test
    void filtersComeBackAsTheyWereWritten() throws IOException {
        Map<String, RegexPrefilter> filters = new LinkedHashMap<>();
        for (String regex : new String[] {"\\bcomments? (are|is) closed\\b", "^(photo|image):", "(a|b)*", "[ab]+",
            "\\b(we|our)\\b.{0,80}\\b(land|country)\\b"}) {
            filters.put(regex, RegexPrefilter.of(regex));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrefilterTable.write(filters, bytes);

        Map<String, RegexPrefilter> read = PrefilterTable.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(read).containsOnlyKeys(filters.keySet());
        filters.forEach((regex, filter) -> assertSameFilter(read.get(regex), filter));
    }

    @Test
    void theStoredTableHoldsTheFilterOfEveryBuiltInPattern() {
        Map<String, RegexPrefilter> stored = PrefilterTable.stored();

        for (Rule rule : RuleSet.builtIn().rules()) {
            for (TextPattern pattern : rule.regexes()) {
                assertThat(stored).as(rule.id()).containsKey(pattern.regex());
                assertSameFilter(stored.get(pattern.regex()), RegexPrefilter.of(pattern.regex()));
            }
        }
    }

    @Test
    void aTableOfAnotherVersionIsIgnored() throws IOException {
        byte[] otherVersion = {0, 0, 0, 99, 0, 0, 0, 0};

        assertThat(PrefilterTable.read(new ByteArrayInputStream(otherVersion))).isEmpty();
    }

    @Test
    void aDamagedTableIsReportedAsSuch() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrefilterTable.write(Map.of("^(photo|image):", RegexPrefilter.of("^(photo|image):")), bytes);
        byte[] truncated = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 5);

        assertThatThrownBy(() -> PrefilterTable.read(new ByteArrayInputStream(truncated))).isInstanceOf(IOException.class);
    }

    private static void assertSameFilter(RegexPrefilter actual, RegexPrefilter expected) {
        assertThat(actual.requiredSets()).isDeepEqualTo(expected.requiredSets());
        assertThat(actual.packedOpenings()).isDeepEqualTo(expected.packedOpenings());
    }
}
