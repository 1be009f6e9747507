package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CategoryTest {

    /** The expression names were checked with before: lower-case words joined by dashes (docs/rules.md). */
    private static final Pattern DOCUMENTED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Test
    void takesLowerCaseWordsJoinedByDashes() {
        for (String name : List.of("caption", "comment-policy", "land-acknowledgment", "a1-b2-c3", "x", "404")) {
            assertThat(Category.of(name).name()).isEqualTo(name);
        }
    }

    @Test
    void refusesAnythingElseWithTheRuleInTheMessage() {
        for (String name : List.of("", "-caption", "caption-", "comment--policy", "Caption", "comment_policy", "comment policy",
            "légende")) {
            assertThatThrownBy(() -> Category.of(name)).as(name).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower-case words joined by dashes");
        }
    }

    @Test
    void acceptsExactlyTheNamesTheDocumentedExpressionDoes() {
        Random random = new Random(7);
        String alphabet = "az09-A_ ";
        List<String> names = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int length = random.nextInt(7); length > 0; length--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            names.add(name.toString());
        }

        for (String name : names) {
            boolean accepted;
            try {
                Category.of(name);
                accepted = true;
            } catch (IllegalArgumentException e) {
                accepted = false;
            }
            assertThat(accepted).as("'%s'", name).isEqualTo(DOCUMENTED.matcher(name).matches());
        }
    }
}
