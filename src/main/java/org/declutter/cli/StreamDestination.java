package org.declutter.cli;

import java.io.PrintWriter;

/**
 * Writes results to standard output; with several inputs each result follows a
 * {@code ==> FILE <==} header line, as head(1) does, and a blank line separates them.
 */
final class StreamDestination implements Destination {

    private final PrintWriter out;
    private final boolean headers;
    private boolean first = true;

    StreamDestination(PrintWriter out, boolean headers) {
        this.out = out;
        this.headers = headers;
    }

    @Override
    public synchronized void deliver(Input input, String output) {
        if (headers) {
            out.print((first ? "" : "\n") + "==> " + PrintableNames.of(input.name()) + " <==\n");
        }
        out.print(output);
        out.flush();
        first = false;
    }
}
