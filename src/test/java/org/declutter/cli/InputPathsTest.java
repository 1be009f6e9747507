package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputPathsTest {

    /** A lone surrogate: no charset spells it, the way ASCII spells no byte of a UTF-8 name. */
    private static final String UNSPELLABLE = "caf\uD800.txt";

    @Test
    void aNameIsItsPath() throws Exception {
        assertThat(InputPaths.of("a/b.html")).isEqualTo(Path.of("a/b.html"));
    }

    @Test
    void anEmptyNameNamesNoFileThoughJavaMakesItTheCurrentFolder() {
        assertThat(Files.isDirectory(Path.of(""))).isTrue();

        assertThatThrownBy(() -> InputPaths.of("")).isInstanceOf(NoSuchFileException.class);
        assertThat(InputPaths.isDirectory("")).isFalse();
    }

    @Test
    void aNameTheCharsetCannotSpellFailsAsAFileThatCannotBeOpened() {
        assertThatThrownBy(() -> InputPaths.of(UNSPELLABLE)).isInstanceOf(FileSystemException.class)
            .hasMessageStartingWith(UNSPELLABLE + ": name not in the locale's charset (");
        assertThat(InputPaths.isDirectory(UNSPELLABLE)).isFalse();
    }
}
