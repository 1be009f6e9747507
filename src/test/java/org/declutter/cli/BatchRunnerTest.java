package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

    private static final List<Integer> INPUTS = IntStream.range(0, 200).boxed().toList();

    @Test
    void handsResultsOnInInputOrderWhateverOrderWorkersFinishIn() {
        List<String> results = new ArrayList<>();

        new BatchRunner(4).run(INPUTS.iterator(), i -> {
            sleepMillis((i * 7) % 3);
            return "r" + i;
        }, (i, r) -> results.add(r));

        assertThat(results).isEqualTo(INPUTS.stream().map(i -> "r" + i).toList());
    }

    @Test
    void handsEachResultOnWithItsOwnInput() {
        List<String> pairs = new ArrayList<>();

        new BatchRunner(3).run(INPUTS.iterator(), i -> {
            sleepMillis(i % 2);
            return i * 10;
        }, (i, r) -> pairs.add(i + "->" + r));

        assertThat(pairs).isEqualTo(INPUTS.stream().map(i -> i + "->" + i * 10).toList());
    }

    @Test
    void keepsOnlyAFewInputsPerWorkerInFlight() {
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        var counting = IntStream.range(0, 500).boxed().peek(i -> {
            taken.incrementAndGet();
            mostAhead.accumulateAndGet(taken.get() - delivered.get(), Math::max);
        }).iterator();

        new BatchRunner(2).run(counting, i -> i, (i, r) -> delivered.incrementAndGet());

        assertThat(delivered.get()).isEqualTo(500);
        assertThat(mostAhead.get()).isLessThanOrEqualTo(2 * 4);
    }

    @Test
    void oneWorkerRunsOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Thread> threads = new ArrayList<>();

        new BatchRunner(1).run(INPUTS.subList(0, 3).iterator(), i -> Thread.currentThread(), (i, t) -> threads.add(t));

        assertThat(threads).containsOnly(caller);
    }

    @Test
    void aTaskThatThrowsIsABugAndIsNotSwallowed() {
        assertThatThrownBy(() -> new BatchRunner(2).run(INPUTS.iterator(), i -> {
            if (i == 17) {
                throw new IllegalStateException("bug");
            }
            return i;
        }, (i, r) -> { })).isInstanceOf(IllegalStateException.class).hasMessage("bug");
    }

    @Test
    void refusesFewerThanOneWorker() {
        assertThatThrownBy(() -> new BatchRunner(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleepMillis(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
