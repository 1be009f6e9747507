package org.declutter.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.declutter.rules.RuleSet;
import picocli.CommandLine;

/** The {@code declutter} program: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    /** Runs declutter with the given arguments. */
    public static void main(String[] args) {
        loadBuiltInRulesMeanwhile();
        CommandLine cmd = DeclutterCommand.commandLine();
        // Output is UTF-8 whatever the locale says: a C/POSIX locale would turn every accent into '?'.
        PrintWriter out = utf8(new PipeAwareOutputStream(new FileOutputStream(FileDescriptor.out)));
        PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
        cmd.setOut(out);
        cmd.setErr(err);
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Starts loading the built-in rules on a thread of their own: that takes about as long as
     * building the command line's model, which a run does first, so on a second core the two
     * overlap. Whoever asks for the rules first loads them, once; the command then finds them
     * loaded, or waits for the rest.
     */
    private static void loadBuiltInRulesMeanwhile() {
        Thread loader = new Thread(new RuleLoader(), "declutter-rules");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * The loader's task. A class rather than a lambda: linking a run's first lambda costs
     * milliseconds, which this thread can pay while the main one builds the command line.
     */
    private static final class RuleLoader implements Runnable {
        @Override
        public void run() {
            try {
                RuleSet.builtIn();
            } catch (RuntimeException | LinkageError e) {
                // The command asks for the same rules and reports the failure.
            }
        }
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
    }
}
