package org.declutter.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.declutter.rules.RuleSet;
import org.declutter.segment.Stopwords;
import org.jsoup.nodes.Entities;

/** The {@code declutter} program: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    /** Runs declutter with the given arguments. */
    public static void main(String[] args) {
        loadSharedDataMeanwhile();
        // Output is UTF-8 whatever the locale says: a C/POSIX locale would turn every accent into '?'.
        PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
        PrintWriter out = utf8(new StandardOutputStream(new FileOutputStream(FileDescriptor.out), err));
        int code = DeclutterCommand.execute(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Starts loading, on a thread of their own, the data that every run needs whatever its options:
     * the built-in rules, the entity tables of the HTML library (which every parsed page's
     * document loads) and the function-word lists (which every block's text is measured against).
     * A run meanwhile reads and parses its first input (or builds the command line's model), so on
     * a second core the two overlap. Each is loaded once, by whoever asks first; the run then finds
     * it loaded, or waits for the rest.
     */
    private static void loadSharedDataMeanwhile() {
        Thread loader = new Thread(new SharedDataLoader(), "declutter-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * The loader's task, in the order a run needs the data. A class rather than a lambda: linking a
     * run's first lambda costs milliseconds, which this thread can pay while the main one builds the
     * command line.
     */
    private static final class SharedDataLoader implements Runnable {
        @Override
        public void run() {
            try {
                RuleSet.builtIn();
                Entities.isNamedEntity("amp");
                Stopwords.contains("the");
            } catch (RuntimeException | LinkageError e) {
                // The run asks for the same data and reports the failure.
            }
        }
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
    }
}
