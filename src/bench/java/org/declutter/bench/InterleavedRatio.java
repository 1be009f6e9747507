package org.declutter.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.declutter.Declutter;
import org.declutter.render.TextRenderer;
import org.declutter.source.Content;
import org.declutter.source.InputException;
import org.declutter.source.Source;
import org.jsoup.Jsoup;

/**
 * The per-page ratio of the pipeline to jsoup parse + text, measured side by side: each page goes
 * through the pipeline and then through jsoup, and each is timed in the thread's CPU time, so that
 * a busy machine or a drifting clock weighs on both alike. JMH runs its benchmarks one after the
 * other in separate JVMs, whose medians move by a third between runs on a shared machine; this
 * harness runs both in one JVM and reports each round's medians over the pages.
 *
 * <p>Arguments: passes per round (default 10) and rounds (default 3; the first is warm-up).
 */
public final class InterleavedRatio {

    private InterleavedRatio() {
    }

    public static void main(String[] args) throws InputException {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Content> pages = BenchPages.load();
        Declutter declutter = Declutter.create();
        TextRenderer renderer = new TextRenderer(false);
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        long checksum = 0;
        for (int round = 0; round < rounds; round++) {
            long[] pipeline = new long[pages.size()];
            long[] jsoup = new long[pages.size()];
            for (int pass = 0; pass < passes; pass++) {
                for (int i = 0; i < pages.size(); i++) {
                    Content page = pages.get(i);
                    long start = clock.getCurrentThreadCpuTime();
                    checksum += renderer.render(declutter.clean(Source.ofHtml(page.name(), page.text()))).length();
                    long middle = clock.getCurrentThreadCpuTime();
                    checksum += Jsoup.parse(page.text()).text().length();
                    long end = clock.getCurrentThreadCpuTime();
                    pipeline[i] += middle - start;
                    jsoup[i] += end - middle;
                }
            }
            double p = median(pipeline) / passes / 1000;
            double j = median(jsoup) / passes / 1000;
            System.out.printf("round %d%s: median page: pipeline %.0f us, jsoup parse+text %.0f us, ratio %.2f%n",
                round, round == 0 ? " (warm-up)" : "", p, j, p / j);
        }
        // Printed so that no work is optimised away.
        System.err.println("checksum " + checksum);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
