package org.declutter.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * One run of the command line in-process, as the tests see it: the exit code and both streams.
 *
 * @param code the exit code
 * @param out standard output
 * @param err standard error
 */
record Run(int code, String out, String err) {

    /** Runs declutter with empty standard input. */
    static Run of(String... args) {
        return withStdin(new byte[0], args);
    }

    /** Runs declutter with the given bytes on standard input. */
    static Run withStdin(byte[] stdin, String... args) {
        return run(new ByteArrayInputStream(stdin), args);
    }

    /** Runs declutter with the given text, UTF-8 encoded, on standard input. */
    static Run withStdin(String stdin, String... args) {
        return withStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    private static Run run(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        int code = DeclutterCommand.execute(args, stdin, outWriter, errWriter);
        outWriter.flush();
        errWriter.flush();
        return new Run(code, out.toString(), err.toString());
    }
}
