package org.declutter.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void parsesPlainBytesAndBinaryUnits() {
        assertThat(ByteSize.parse("1000")).isEqualTo(1000);
        assertThat(ByteSize.parse("512k")).isEqualTo(512L << 10);
        assertThat(ByteSize.parse("64M")).isEqualTo(64L << 20);
        assertThat(ByteSize.parse("64MiB")).isEqualTo(64L << 20);
        assertThat(ByteSize.parse("1g")).isEqualTo(1L << 30);
        assertThat(ByteSize.parse(" 2KB ")).isEqualTo(2048);
    }

    @Test
    void refusesWhatIsNotAPositiveSize() {
        for (String bad : new String[] {"", "M", "12X", "-1", "0", "1.5M", "99999999999999999999"}) {
            assertThatThrownBy(() -> ByteSize.parse(bad)).as(bad)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a size");
        }
    }

    @Test
    void formatsInTheLargestUnitThatDividesIt() {
        assertThat(ByteSize.format(64L << 20)).isEqualTo("64 MiB");
        assertThat(ByteSize.format(1L << 30)).isEqualTo("1 GiB");
        assertThat(ByteSize.format(1536)).isEqualTo("1536 bytes");
        assertThat(ByteSize.format(1)).isEqualTo("1 byte");
        assertThat(ByteSize.format(1024)).isEqualTo("1 KiB");
        assertThat(ByteSize.format(1000)).isEqualTo("1000 bytes");
    }
}
