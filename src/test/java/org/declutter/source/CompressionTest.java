package org.declutter.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompressionTest {

    @Test
    void knowsEachCompressionByItsFirstBytes() {
        assertThat(of(0x1f, 0x8b, 8, 0)).isEqualTo(Compression.GZIP);
        assertThat(of('B', 'Z', 'h', '9', '1', 'A')).isEqualTo(Compression.BZIP2);
        assertThat(of(0xfd, '7', 'z', 'X', 'Z', 0)).isEqualTo(Compression.XZ);
        assertThat(of(0x28, 0xb5, 0x2f, 0xfd, 0, 0)).isEqualTo(Compression.ZSTD);
    }

    @Test
    void textThatHappensToStartLikeOneIsNoneOfThem() {
        assertThat(of('B', 'Z', 'h', ' ', 'i', 's')).isNull();
        assertThat(of('<', 'h', 't', 'm', 'l', '>')).isNull();
        assertThat(of(0x1f)).isNull();
        assertThat(Compression.of(new byte[0], 0)).isNull();
    }

    @Test
    void saysThatZstdIsNotReadAndHowToReadIt() {
        assertThatThrownBy(() -> Compression.ZSTD.open(new ByteArrayInputStream(new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd}), 1 << 20))
            .isInstanceOf(InputException.class)
            .hasMessage("zstd-compressed input, which declutter does not read: decompress it first (zstd -dc FILE | declutter)");
    }

    @Test
    void aStreamThatDoesNotStartAsItShouldIsCorruptAndOneCutShortTruncated() {
        byte[] text = "plain words, not xz at all".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Compression.XZ.open(new ByteArrayInputStream(text), 1 << 20))
            .satisfies(e -> assertThat(Compression.XZ.failure((IOException) e)).isEqualTo("corrupt xz data"));
        assertThat(Compression.GZIP.failure(new EOFException())).isEqualTo("truncated gzip data");
    }

    private static Compression of(int... head) {
        byte[] bytes = new byte[head.length];
        for (int i = 0; i < head.length; i++) {
            bytes[i] = (byte) head[i];
        }
        return Compression.of(bytes, bytes.length);
    }
}
