package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineShapeTest {

    @Test
    void timestampsWithOtherNumbersShareAShape() {
        assertThat(LineShape.of("October 7, 2025 at 8:32 am")).isEqualTo(LineShape.of("March 2, 2020 at 10:05 pm"))
            .isEqualTo("a 0, 0 a 0:0 a");
    }

    @Test
    void linesWithoutDigitsOrLongLinesHaveNone() {
        assertThat(LineShape.of("Share this")).isNull();
        assertThat(LineShape.of("1 " + "word ".repeat(30))).isNull();
    }
}
