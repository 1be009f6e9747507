package org.declutter.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * Standard output that ends the program when it cannot be written, as a C filter does. When the
 * reader goes away ({@code declutter big.txt | head -1}), quietly with 141 (128 + SIGPIPE): that is
 * no error. On any other failure (a full disk, a closed descriptor) with one line on standard error
 * and exit code 1, as {@code cat} does: the results would be lost, and the inputs after them would
 * fail the same way. The program's writer of standard output would otherwise swallow the failure
 * ({@link PrintWriter} does) and the run end with 0.
 *
 * <p>The process halts: no shutdown hook runs, so no "interrupted" summary follows, and no output
 * file is left half-written, since with standard output as the destination a run writes none.
 */
final class StandardOutputStream extends FilterOutputStream {

    /** Exit code on a broken pipe: 128 + SIGPIPE. */
    static final int BROKEN_PIPE = 141;

    private final PrintWriter err;

    /**
     * @param out the stream of file descriptor 1
     * @param err standard error, for the one line that says why the run ended
     */
    StandardOutputStream(OutputStream out, PrintWriter err) {
        super(out);
        this.err = err;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            end(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            end(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            end(e);
        }
    }

    private void end(IOException e) {
        String message = e.getMessage();
        if (message != null && message.contains("Broken pipe")) {
            Runtime.getRuntime().halt(BROKEN_PIPE);
        }
        err.println("declutter: cannot write standard output: " + IoReasons.brief(e));
        err.flush();
        Runtime.getRuntime().halt(ExitCodes.INPUT_FAILED);
    }
}
