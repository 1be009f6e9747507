package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTest {

    @TempDir
    Path dir;

    @Test
    void builtInSetCoversEveryCategoryFile() {
        assertThat(RuleSet.builtIn().rules()).extracting(r -> r.category().name()).contains(
            "comment-policy", "land-acknowledgment", "byline", "dateline", "caption", "syndication", "newsletter",
            "cookie-notice", "share", "related", "advertising", "footer", "navigation");
    }

    @Test
    void userRuleWithTheSameIdReplacesTheBuiltInOneInPlace() throws Exception {
        Rule builtIn = find(RuleSet.builtIn(), "caption.credit-label");
        int position = RuleSet.builtIn().rules().indexOf(builtIn);
        List<Rule> mine = RuleFileParser.parse("mine.rules", "[caption.credit-label]\nequals: photo\n");

        RuleSet set = RuleSet.builtIn().with(mine);

        assertThat(set.rules()).hasSameSizeAs(RuleSet.builtIn().rules());
        assertThat(set.rules().get(position)).isSameAs(mine.get(0));
        assertThat(find(set, "caption.credit-label").origin()).isEqualTo("mine.rules:1");
    }

    @Test
    void userRuleWithANewIdIsAddedAtTheEnd() throws Exception {
        List<Rule> mine = RuleFileParser.parse("mine.rules", "[caption.house-style]\nstarts: pictured above\n");
        RuleSet set = RuleSet.builtIn().with(mine);
        assertThat(set.rules()).hasSize(RuleSet.builtIn().rules().size() + 1);
        assertThat(set.rules().get(set.rules().size() - 1).id()).isEqualTo("caption.house-style");
    }

    @Test
    void withoutDropsWholeCategories() {
        RuleSet set = RuleSet.builtIn().without(Set.of(Category.of("caption"), Category.of("byline")));
        assertThat(set.rules()).isNotEmpty().noneMatch(r -> r.category().name().equals("caption")
            || r.category().name().equals("byline"));
        assertThat(set.rules()).anyMatch(r -> r.category().name().equals("share"));
    }

    @Test
    void loadsAUserFile() throws Exception {
        Path file = dir.resolve("house.rules");
        Files.writeString(file, "category: related\n[related.house]\nequals: more from us\n", StandardCharsets.UTF_8);
        assertThat(RuleSet.load(file)).extracting(Rule::id).containsExactly("related.house");
    }

    @Test
    void loadReportsAMissingFile() {
        assertThatThrownBy(() -> RuleSet.load(dir.resolve("none.rules"))).isInstanceOf(RuleFileException.class)
            .hasMessageContaining("none.rules: cannot read");
    }

    @Test
    void loadReportsAFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.rules");
        Files.write(file, new byte[] {'[', 'a', '.', 'b', ']', '\n', 'e', 'q', 'u', 'a', 'l', 's', ':', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> RuleSet.load(file)).isInstanceOf(RuleFileException.class)
            .hasMessageContaining("not UTF-8 text");
    }

    private static Rule find(RuleSet set, String id) {
        return set.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
