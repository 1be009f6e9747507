package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first steps on examples/pages/: a directory of HTML, gzip-compressed HTML and plain text comes out clean. */
class ExamplePagesTest {

    static final Path PAGES = Path.of("examples", "pages");

    @TempDir
    Path tmp;

    @Test
    void aDirectoryOfPagesComesOutAsOneCleanFileEach() throws IOException {
        Run run = Run.of("-r", "-o", tmp.toString(), PAGES.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(clean("library-hours.txt")).startsWith("The town library will open on Sunday afternoons")
            .endsWith("run from noon until five o'clock.\n")
            .doesNotContain("cookies", "By Maria", "Updated", "Share", "Photo:", "newsletter", "Related", "Copyright");
        assertThat(clean("school-garden.txt")).startsWith("Children at the primary school on Mill Lane")
            .doesNotContain("By Ana", "Advertisement", "Comments", "Sam");
        assertThat(clean("storm-report.txt")).startsWith("A storm with winds of more than ninety kilometres")
            .endsWith("could arrive at the weekend.\n")
            .doesNotContain("Home |", "By Jonas", "Updated", "Share this", "Sign up", "©");
    }

    private String clean(String name) throws IOException {
        return Files.readString(tmp.resolve(name), StandardCharsets.UTF_8);
    }
}
