package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Output file names follow their inputs, without compression and format extensions. */
class OutputNamesTest {

    @Test
    void dropsTheCompressionAndFormatExtensions() {
        assertThat(OutputNames.of("pages/a.html.gz", "txt")).isEqualTo("a.txt");
        assertThat(OutputNames.of("a.html", "json")).isEqualTo("a.json");
        assertThat(OutputNames.of("notes.txt.gzip", "md")).isEqualTo("notes.md");
    }

    @Test
    void keepsDotsInsideTheName() {
        assertThat(OutputNames.of("report.v2.pdf", "txt")).isEqualTo("report.v2.txt");
    }

    @Test
    void namesFilesWithoutExtension() {
        assertThat(OutputNames.of("README", "txt")).isEqualTo("README.txt");
    }

    @Test
    void neverMakesAHiddenFile() {
        assertThat(OutputNames.of(".story.html", "txt")).isEqualTo("_.story.txt");
    }
}
