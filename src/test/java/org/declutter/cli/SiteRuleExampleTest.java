package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The site rule file shipped in examples/: it passes its own tests and removes a caption on its site only. */
class SiteRuleExampleTest {

    static final Path SITE_RULES = Path.of("examples", "site-rules", "riverside-courier.rules");
    static final Path SITE_PAGE = Path.of("examples", "site-rules", "ferry-story.html");
    static final String CAPTION = "Seen from the quay, the ferry leaves on its first crossing";

    @Test
    void passesItsRuleExamplesAndItsExampleDocument() {
        Run run = Run.of("rules", "test", SITE_RULES.toString());

        assertThat(run.out()).isEqualTo("3 passed, 0 failed\n");
        assertThat(run.code()).isZero();
    }

    @Test
    void removesTheCaptionOnItsSiteOnlyAndExplainSaysWhichRule() {
        Run onSite = Run.of("--rules", SITE_RULES.toString(), SITE_PAGE.toString());
        Run elsewhere = Run.of("--rules", SITE_RULES.toString(), "--url", "https://other.example/news/ferry", SITE_PAGE.toString());
        Run explain = Run.of("--rules", SITE_RULES.toString(), "--explain", SITE_PAGE.toString());

        assertThat(onSite.out()).doesNotContain(CAPTION).contains("The new river ferry carried its first passengers");
        assertThat(elsewhere.out()).contains(CAPTION);
        assertThat(explain.out()).containsPattern("DROP  caption \\(caption.riverside-pic-note\\) +p \\| " + CAPTION);
    }
}
