package org.declutter.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.declutter.Declutter;
import org.declutter.cli.DeclutterCommand;
import org.declutter.rules.RuleSet;
import org.declutter.segment.Stopwords;
import org.declutter.source.InputException;
import org.declutter.source.Source;
import org.jsoup.nodes.Entities;

/**
 * Where a one-file run's processor time goes, phase by phase, in a fresh JVM: the command line's
 * model and parse, the built-in rules, jsoup's entity tables, the function-word lists, building a
 * {@code Declutter}, then cleaning the file once and once more. The phases run one after the other
 * on one thread and are timed in its CPU time; the real program overlaps the model with the loading
 * on a second thread. The second cleaning shows what the first one paid for running cold.
 *
 * <p>Run it with the launcher's JVM flags and class-data archive for figures that match a real run:
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile=target/declutter.jsa
 * -cp target/declutter.jar:target/bench/classes org.declutter.bench.StartupPhases FILE}.
 */
public final class StartupPhases {

    private StartupPhases() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        Phases phases = new Phases(clock);
        phases.time("command line (model and parse)", () -> DeclutterCommand.commandLine().parseArgs(args[0]));
        phases.time("built-in rules", RuleSet::builtIn);
        phases.time("entity tables", () -> Entities.isNamedEntity("amp"));
        phases.time("function words", () -> Stopwords.contains("the"));
        Declutter[] declutter = new Declutter[1];
        phases.time("Declutter.create", () -> declutter[0] = Declutter.create());
        byte[] bytes = Files.readAllBytes(file);
        phases.time("first clean", () -> clean(declutter[0], file, bytes));
        phases.time("second clean", () -> clean(declutter[0], file, bytes));
    }

    private static void clean(Declutter declutter, Path file, byte[] bytes) {
        try {
            declutter.clean(Source.of(file.toString(), bytes));
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Times phases in the calling thread's processor time and prints each. */
    private static final class Phases {
        private final ThreadMXBean clock;

        Phases(ThreadMXBean clock) {
            this.clock = clock;
            // The first reading loads the clock's own classes; it must not count against a phase.
            clock.getCurrentThreadCpuTime();
        }

        void time(String phase, Runnable work) {
            long start = clock.getCurrentThreadCpuTime();
            work.run();
            long end = clock.getCurrentThreadCpuTime();
            System.out.printf("%-32s %6.1f ms%n", phase, (end - start) / 1e6);
        }
    }
}
