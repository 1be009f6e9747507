package org.declutter;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.declutter.source.InputException;
import org.declutter.source.MediaKind;
import org.declutter.source.Source;

/**
 * Fuzz targets over the three input paths of {@link Declutter#clean}: any bytes must either clean
 * or fail with an {@link InputException}; anything else thrown (a runtime exception, a stack
 * overflow) is a bug. The normal test run replays the saved inputs under
 * {@code src/test/resources/org/declutter/CleanFuzzTestInputs/}; {@code make fuzz} fuzzes.
 */
class CleanFuzzTest {

    private static final Declutter DECLUTTER = Declutter.create();

    @FuzzTest
    void html(FuzzedDataProvider data) {
        clean(data.consumeRemainingAsBytes(), MediaKind.HTML);
    }

    @FuzzTest
    void text(FuzzedDataProvider data) {
        clean(data.consumeRemainingAsBytes(), MediaKind.TEXT);
    }

    @FuzzTest
    void document(FuzzedDataProvider data) {
        clean(data.consumeRemainingAsBytes(), MediaKind.DOCUMENT);
    }

    private static void clean(byte[] input, MediaKind kind) {
        try {
            DECLUTTER.clean(Source.of("fuzz", input).withKind(kind));
        } catch (InputException expected) {
            // A refused input is a correct answer; only other throwables are findings.
        }
    }
}
