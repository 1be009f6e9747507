package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole files or none: the text lands under its name, readable, and no temporary file stays behind. */
class AtomicFilesTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheTextAsUtf8UnderItsNameAndLeavesNothingElse() throws IOException {
        Path target = tmp.resolve("story.txt");

        AtomicFiles.write(target, "Überall – «ok»\n");

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("Überall – «ok»\n");
        assertThat(names()).containsExactly("story.txt");
    }

    @Test
    void writesAFileWhoseNameTakesNearlyAllTheBytesANameMay() throws IOException {
        for (String stem : new String[] {"x".repeat(240), "é".repeat(120), "\uD83D\uDCF0".repeat(60)}) {
            Path target = tmp.resolve(stem + ".txt");

            AtomicFiles.write(target, "text\n");

            assertThat(target).hasContent("text");
            Files.delete(target);
        }
        assertThat(names()).isEmpty();
    }

    @Test
    void replacesAnEarlierFileOfThatName() throws IOException {
        Path target = Files.writeString(tmp.resolve("story.txt"), "an older and longer text\n");

        AtomicFiles.write(target, "new\n");

        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(names()).containsExactly("story.txt");
    }

    @Test
    void makesAnOrdinaryFileThatOthersMayReadNotATemporaryFilesPrivateOne() throws IOException {
        Path target = tmp.resolve("story.txt");
        // What others may read of a new file here depends on the umask; a new file shows it.
        boolean othersRead = Files.getPosixFilePermissions(Files.createFile(tmp.resolve("plain")))
            .contains(PosixFilePermission.OTHERS_READ);

        AtomicFiles.write(target, "text\n");

        assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(target).contains(PosixFilePermission.OTHERS_READ)).isEqualTo(othersRead);
    }

    @Test
    void aTextThatCannotBeEncodedFailsAndLeavesNoFileBehind() throws IOException {
        Path target = tmp.resolve("story.txt");

        // An unpaired surrogate is no character: UTF-8 has no encoding for it.
        assertThatThrownBy(() -> AtomicFiles.write(target, "broken \ud800 text")).isInstanceOf(IOException.class);
        assertThat(names()).isEmpty();
    }

    /** The names in the folder, hidden temporary files included. */
    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
