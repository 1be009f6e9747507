package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void endsLinesWhereBufferedReaderEndsThem() throws IOException {
        // 65 535 bytes before it put the carriage return last in the reader's first 64 KiB, its line feed first in the next.
        String text = "a\rb\r\nc\n\n\u00e9t\u00e9\n" + "x".repeat(65_535 - 14) + "\r\nlong " + "y".repeat(100_000) + "\rlast";

        assertThat(bytesLines(text)).isEqualTo(readerLines(text));
        assertThat(bytesLines(text)).hasSize(8);
    }

    @Test
    void readsNoLineFromNothingAndNoEmptyLineAfterTheLastBreak() throws IOException {
        assertThat(bytesLines("")).isEmpty();
        assertThat(bytesLines("one\n")).containsExactly("one");
    }

    @Test
    void aLineLongerThanTheLimitFailsAloneAndTheNextIsRead() throws IOException {
        String text = "short\n" + "z".repeat(300_000) + "\r\nafter\n" + "w".repeat(100);
        try (LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 102_400)) {
            assertThat(reader.readLine()).asString(StandardCharsets.UTF_8).isEqualTo("short");
            assertThatThrownBy(reader::readLine).isInstanceOf(LineReader.LineTooLongException.class)
                .hasMessage("line larger than 100 KiB (see --max-size)");
            assertThat(reader.readLine()).asString(StandardCharsets.UTF_8).isEqualTo("after");
            assertThat(reader.readLine()).hasSize(100);
            assertThat(reader.readLine()).isNull();
        }
    }

    @Test
    void takesWhiteSpaceOfAnyScriptForBlank() {
        assertThat(LineReader.isBlank(" \t\u000b".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(LineReader.isBlank("\u3000 \u2003".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(LineReader.isBlank(" \u00e9 ".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(LineReader.isBlank(" {} ".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    private static List<String> bytesLines(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1 << 20)) {
            for (byte[] line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(new String(line, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static List<String> readerLines(String text) throws IOException {
        return new BufferedReader(new StringReader(text)).lines().toList();
    }
}
