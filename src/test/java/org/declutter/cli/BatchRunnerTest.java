package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.declutter.source.InputException;
import org.junit.jupiter.api.Test;

/** Input order, flat memory, and the document guard's failures and time limit, applied per input. */
class BatchRunnerTest {

    private static final List<Integer> INPUTS = IntStream.range(0, 200).boxed().toList();
    private static final DocumentGuard GUARD = new DocumentGuard(Duration.ofSeconds(30));

    @Test
    void handsResultsOnInInputOrderWhateverOrderWorkersFinishIn() {
        List<String> results = new ArrayList<>();

        new BatchRunner(4, GUARD).run(INPUTS.iterator(), i -> {
            sleepMillis((i * 7) % 3);
            return "r" + i;
        }, BatchRunnerTest::failed, (i, r) -> results.add(r));

        assertThat(results).isEqualTo(INPUTS.stream().map(i -> "r" + i).toList());
    }

    @Test
    void handsEachResultOnWithItsOwnInput() {
        List<String> pairs = new ArrayList<>();

        new BatchRunner(3, GUARD).run(INPUTS.iterator(), i -> {
            sleepMillis(i % 2);
            return i * 10;
        }, (i, e) -> -1, (i, r) -> pairs.add(i + "->" + r));

        assertThat(pairs).isEqualTo(INPUTS.stream().map(i -> i + "->" + i * 10).toList());
    }

    @Test
    void keepsOnlyAFewInputsPerWorkerInFlight() {
        assertThat(mostInputsAhead(false)).isLessThanOrEqualTo(2 * 4);
    }

    @Test
    void aStreamKeepsOnlyAFewInputsPerWorkerInFlightToo() {
        // The reader may hold one input more while it waits for room, and the runner one it hands on.
        assertThat(mostInputsAhead(true)).isLessThanOrEqualTo(2 * 4 + 2);
    }

    /** The most inputs taken but not yet handed on while two workers run through 500, as a list or a stream. */
    private static int mostInputsAhead(boolean stream) {
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        var counting = IntStream.range(0, 500).boxed().peek(i -> {
            taken.incrementAndGet();
            mostAhead.accumulateAndGet(taken.get() - delivered.get(), Math::max);
        }).iterator();
        BatchRunner runner = new BatchRunner(2, GUARD);

        if (stream) {
            runner.stream(counting, i -> i, (i, e) -> -1, (i, r) -> delivered.incrementAndGet());
        } else {
            runner.run(counting, i -> i, (i, e) -> -1, (i, r) -> delivered.incrementAndGet());
        }

        assertThat(delivered.get()).isEqualTo(500);
        return mostAhead.get();
    }

    @Test
    void aStreamHandsEachResultOnBeforeItsNextInputHasCome() throws Exception {
        CountDownLatch firstDelivered = new CountDownLatch(1);
        // The second input comes only once the first result is out, as a pipe's next line may.
        Iterator<Integer> pipe = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                if (next == 1) {
                    try {
                        assertThat(firstDelivered.await(10, TimeUnit.SECONDS)).as("first result handed on").isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return next < 3;
            }

            @Override
            public Integer next() {
                return next++;
            }
        };
        List<Integer> results = new ArrayList<>();

        new BatchRunner(2, GUARD).stream(pipe, i -> i * 10, (i, e) -> -1, (i, r) -> {
            results.add(r);
            firstDelivered.countDown();
        });

        assertThat(results).containsExactly(0, 10, 20);
    }

    @Test
    void workersAreTheGuardsThreadsNotTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Thread> threads = new ArrayList<>();

        new BatchRunner(1, GUARD).run(INPUTS.subList(0, 3).iterator(), i -> Thread.currentThread(), (i, e) -> null,
            (i, t) -> threads.add(t));

        assertThat(threads).hasSize(3).doesNotContain(caller).allMatch(Thread::isDaemon);
        assertThat(threads.stream().map(Thread::getName)).containsOnly("declutter-worker");
    }

    @Test
    void aTaskThatThrowsFailsItsInputOnlyWithTheGuardsOneLineReason() {
        List<String> results = new ArrayList<>();

        new BatchRunner(2, GUARD).run(INPUTS.subList(0, 40).iterator(), i -> {
            if (i == 17) {
                throw new IllegalStateException("bug");
            }
            if (i == 18) {
                throw new StackOverflowError();
            }
            return "r" + i;
        }, BatchRunnerTest::failed, (i, r) -> results.add(r));

        assertThat(results).hasSize(40);
        assertThat(results.get(16)).isEqualTo("r16");
        assertThat(results.get(17)).isEqualTo("17 failed: internal error: java.lang.IllegalStateException: bug (run with --debug for details)");
        assertThat(results.get(18)).isEqualTo("18 failed: too deeply nested to clean (stack overflow)");
        assertThat(results.get(19)).isEqualTo("r19");
    }

    @Test
    void aFailureFunctionThatThrowsIsABugAndIsNotSwallowed() {
        assertThatThrownBy(() -> new BatchRunner(2, GUARD).run(INPUTS.iterator(), i -> {
            if (i == 17) {
                throw new IllegalStateException("bad input");
            }
            return i;
        }, (i, e) -> {
            throw new IllegalArgumentException("bug");
        }, (i, r) -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("bug");
    }

    @Test
    void anInputThatRunsOutOfTimeFailsIsInterruptedAndANewWorkerTakesItsPlace() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        List<String> results = new ArrayList<>();

        new BatchRunner(1, new DocumentGuard(Duration.ofMillis(200))).run(INPUTS.subList(0, 4).iterator(), i -> {
            if (i == 1) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    sleepMillis(1_000);
                }
                return "late";
            }
            return "r" + i;
        }, BatchRunnerTest::failed, (i, r) -> results.add(r));

        // The one worker was still on input 1 when inputs 2 and 3 were cleaned.
        assertThat(results).containsExactly("r0", "1 failed: timed out after 200 ms (see --timeout)", "r2", "r3");
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theTimeLimitCountsFromWhenAWorkerTakesTheInputUp() {
        List<String> results = new ArrayList<>();

        // Each input takes 150 ms of a 400 ms limit; with one worker the fourth waits 450 ms first.
        new BatchRunner(1, new DocumentGuard(Duration.ofMillis(400))).run(INPUTS.subList(0, 4).iterator(), i -> {
            sleepMillis(150);
            return "r" + i;
        }, BatchRunnerTest::failed, (i, r) -> results.add(r));

        assertThat(results).containsExactly("r0", "r1", "r2", "r3");
    }

    @Test
    void refusesFewerThanOneWorker() {
        assertThatThrownBy(() -> new BatchRunner(0, GUARD)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String failed(Integer input, InputException failure) {
        return input + " failed: " + failure.getMessage();
    }

    private static void sleepMillis(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
