package org.declutter.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that ends the program quietly when the reader goes away ({@code declutter big.txt
 * | head -1}): a broken pipe is not an error, so the process exits at once with 141 (128 + SIGPIPE),
 * as a C filter killed by SIGPIPE does, with nothing on standard error. Other write errors (a full
 * disk) pass on as usual.
 */
final class PipeAwareOutputStream extends FilterOutputStream {

    /** Exit code on a broken pipe: 128 + SIGPIPE. */
    static final int BROKEN_PIPE = 141;

    PipeAwareOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw closed(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw closed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw closed(e);
        }
    }

    private static IOException closed(IOException e) {
        String message = e.getMessage();
        if (message != null && message.contains("Broken pipe")) {
            // Like SIGPIPE: no shutdown hooks, so no "interrupted" summary for what is a normal end.
            Runtime.getRuntime().halt(BROKEN_PIPE);
        }
        return e;
    }
}
