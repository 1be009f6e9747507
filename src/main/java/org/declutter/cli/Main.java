package org.declutter.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code declutter} program: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    /** Runs declutter with the given arguments. */
    public static void main(String[] args) {
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

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
    }
}
