package org.declutter.cli;

import com.google.gson.JsonObject;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.declutter.Result;
import org.declutter.render.JsonRenderer;

/**
 * The audit trail of {@code --rejected FILE}: every removed block as one JSON line,
 * {@code {"source", "category", "rule", "text"}}, in input order. Safe to share between threads:
 * each document's lines are written together. Its first failure (a full disk, a reader gone) is
 * reported once; the log then takes nothing more, and the documents' own outputs go on.
 */
final class RejectedLog implements Closeable {

    /** The name that stands for standard output. */
    static final String STDOUT = "-";

    private final String file;
    private final Writer out;
    private boolean failed;

    private RejectedLog(String file, Writer out) {
        this.file = file;
        this.out = out;
    }

    /** Creates (or empties) the log file. */
    static RejectedLog open(Path file) throws OutputException {
        try {
            return new RejectedLog(file.toString(), Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OutputException("cannot write --rejected file: " + IoReasons.brief(e), e);
        }
    }

    /** The log on standard output ({@code --rejected -}), when the cleaned texts go to files. */
    static RejectedLog onStandardOutput(PrintWriter stdout) {
        return new RejectedLog(STDOUT, stdout);
    }

    /**
     * Logs the removed blocks of one document, named {@code source} (its file name or JSON Lines id).
     *
     * @throws OutputException the first time the log cannot be written; after that, never
     */
    synchronized void write(String source, List<Result.Removed> blocks) throws OutputException {
        if (failed) {
            return;
        }
        try {
            for (Result.Removed removed : blocks) {
                JsonObject line = new JsonObject();
                line.addProperty("source", source);
                line.addProperty("category", removed.category().name());
                line.addProperty("rule", removed.rule());
                line.addProperty("text", removed.text());
                out.write(JsonRenderer.line(line));
                out.write('\n');
            }
        } catch (IOException e) {
            failed = true;
            throw new OutputException(IoReasons.brief(e), e);
        }
    }

    /** The name the log's failures are reported by. */
    String name() {
        return "--rejected " + file;
    }

    /** Closes the log (flushes it, on standard output); a failure already reported is not reported again. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (file.equals(STDOUT)) {
                out.flush();
            } else {
                out.close();
            }
        } catch (IOException e) {
            if (!failed) {
                throw e;
            }
        }
    }
}
