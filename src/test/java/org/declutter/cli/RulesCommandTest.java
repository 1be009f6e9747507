package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code declutter rules list} and {@code declutter rules test}. */
class RulesCommandTest {

    @TempDir
    Path tmp;

    @Test
    void listsEveryBuiltInCategoryWithItsRules() {
        Run run = Run.of("rules", "list");

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        for (String category : new String[] {"comment-policy", "land-acknowledgment", "dateline", "caption",
            "syndication", "footer"}) {
            assertThat(run.out()).containsPattern("(?m)^" + category + " +" + category + "\\.[a-z0-9-]+ ");
        }
    }

    @Test
    void listsTheRulesOfAddedFiles() throws IOException {
        Path file = ruleFile("good.rules", "drop: Sponsored by Acme.");

        Run run = Run.of("rules", "list", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).containsPattern("(?m)^promo +promo\\.sponsored-by +" + java.util.regex.Pattern.quote(file.toString()));
    }

    @Test
    void passesARuleFileWhoseExamplesHold() throws IOException {
        Path file = ruleFile("good.rules", "drop: Sponsored by Acme.");

        Run run = Run.of("rules", "test", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("2 passed, 0 failed\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reportsEachFailingExampleWithItsLine() throws IOException {
        Path file = ruleFile("bad.rules", "drop: Brought to you by Acme.");

        Run run = Run.of("rules", "test", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.out()).isEqualTo(file + ":5: promo.sponsored-by: should drop but keeps \"Brought to you by Acme.\"\n"
            + "1 passed, 1 failed\n");
    }

    @Test
    void reportsARuleFileThatDoesNotLoadAsAUsageError() throws IOException {
        Path file = tmp.resolve("broken.rules");
        Files.writeString(file, "category: promo\n[promo.x]\nregex: (unclosed\n");

        Run run = Run.of("rules", "test", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("declutter: " + file + ":3").hasLineCount(1);
    }

    private Path ruleFile(String name, String dropExample) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, "category: promo\n[promo.sponsored-by]\nstarts: sponsored by\n"
            + "keep: The festival was sponsored by the city.\n" + dropExample + "\n");
        return file;
    }
}
