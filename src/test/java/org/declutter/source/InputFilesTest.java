package org.declutter.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path tmp;

    @Test
    void opensANamedFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("a.txt"), "words");

        try (InputStream in = InputFiles.open(file)) {
            assertThat(in.readAllBytes()).isEqualTo("words".getBytes());
        }
    }

    @Test
    void anEmptyPathNamesNoFileThoughJavaMakesItTheCurrentFolder() {
        assertThat(Files.isDirectory(Path.of(""))).isTrue();
        assertThatThrownBy(() -> InputFiles.open(Path.of(""))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> Source.of(Path.of("")).open()).isInstanceOf(NoSuchFileException.class);
    }
}
