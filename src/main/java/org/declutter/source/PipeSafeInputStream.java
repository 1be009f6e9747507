package org.declutter.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's stream whose {@link #available()} answers 0 where the file cannot tell. On a pipe (a
 * FIFO, {@code <(zcat a.gz)}, {@code /dev/stdin} fed by a pipe) the stream of
 * {@link Files#newInputStream} asks the pipe where it stands and fails with "Illegal seek"; every
 * reader that asks how much is ready (a {@code BufferedInputStream}, the size of a first buffer)
 * then failed on such a file. 0 means "no more than a read will find", which is always true.
 */
public final class PipeSafeInputStream extends FilterInputStream {

    private PipeSafeInputStream(InputStream in) {
        super(in);
    }

    /** Opens a file for reading, pipes included. */
    public static InputStream open(Path file) throws IOException {
        return new PipeSafeInputStream(Files.newInputStream(file));
    }

    @Override
    public int available() {
        try {
            return super.available();
        } catch (IOException e) {
            return 0;
        }
    }
}
