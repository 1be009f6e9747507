package org.declutter.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import org.junit.jupiter.api.Test;

class CleanReaderTest {

    private static final String DIRTY = "\ufeffa\u0000b\tc\r\n\u0001\u0002d\fe\u001f";

    @Test
    void readsWhatPlainTextKeepsWhenDecoded() throws IOException {
        assertThat(readAll(new CleanReader(DIRTY), 1024)).isEqualTo(TextDecoder.clean(DIRTY)).isEqualTo("ab\tc\r\nd\fe");
    }

    @Test
    void dropsTheSameWhateverTheReadersBufferSize() throws IOException {
        String page = ("x\u0000" + DIRTY + "y").repeat(50);
        for (int size = 1; size <= 17; size++) {
            assertThat(readAll(new CleanReader(page), size)).as("buffer of %d", size).isEqualTo(TextDecoder.clean(page));
        }
    }

    @Test
    void aStretchOfNothingButDroppedCharactersIsReadPastNotReturnedAsAnEmptyRead() throws IOException {
        CleanReader reader = new CleanReader("\u0000".repeat(10) + "ok");
        char[] buffer = new char[4];

        assertThat(reader.read(buffer, 0, 4)).isEqualTo(2);
        assertThat(new String(buffer, 0, 2)).isEqualTo("ok");
        assertThat(reader.read(buffer, 0, 4)).isEqualTo(-1);
    }

    @Test
    void stopsReadingOnceTheThreadIsInterrupted() throws IOException {
        CleanReader reader = new CleanReader("a page ".repeat(100));
        char[] buffer = new char[16];
        assertThat(reader.read(buffer, 0, 16)).isEqualTo(16);

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> reader.read(buffer, 0, 16)).isInstanceOf(InterruptedIOException.class);
        } finally {
            Thread.interrupted();
        }
    }

    private static String readAll(CleanReader reader, int bufferSize) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[bufferSize];
        int n;
        while ((n = reader.read(buffer, 0, bufferSize)) >= 0) {
            assertThat(n).isPositive();
            out.append(buffer, 0, n);
        }
        return out.toString();
    }
}
