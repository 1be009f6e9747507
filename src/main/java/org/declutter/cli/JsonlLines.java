package org.declutter.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.declutter.source.Compression;
import org.declutter.source.InputException;
import org.declutter.source.PipeSafeInputStream;
import org.declutter.source.ReadFailures;

/**
 * The lines of a list of JSON Lines inputs (files, gzip-compressed files, {@code -} for standard
 * input), read one at a time so that a stream of any length is held one line per worker at most.
 *
 * <p>An input that cannot be opened or read yields one line that carries the failure instead of
 * text, and the iteration goes on with the next input.
 */
final class JsonlLines implements Iterator<JsonlLines.Line> {

    /**
     * One line of one input.
     *
     * @param input the input's name
     * @param number the line's number in its input, from 1
     * @param bytes the line as read, UTF-8 without its line break, or {@code null} when the input failed
     * @param failure why the input could not be read, or {@code null}
     */
    record Line(String input, long number, byte[] bytes, String failure) {

        /** The line decoded, malformed bytes replaced as a decoder of the whole input would. */
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final Iterator<Input> inputs;
    private final InputStream stdin;
    private final long maxBytes;
    private String input;
    private LineReader reader;
    private long number;
    private Line next;

    /**
     * @param inputs the streams, in order
     * @param stdin what {@code -} reads
     * @param maxBytes the longest line held, and what a compressed stream's decoder may allocate
     */
    JsonlLines(List<Input> inputs, InputStream stdin, long maxBytes) {
        this.inputs = inputs.iterator();
        this.stdin = stdin;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (reader == null && !openNext()) {
                return false;
            }
            if (reader != null) {
                readLine();
            }
        }
        return true;
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Line line = next;
        next = null;
        return line;
    }

    /** Opens the next input; false when there is none. An input that fails to open, or failed before, yields a failure line. */
    private boolean openNext() {
        if (!inputs.hasNext()) {
            return false;
        }
        Input listed = inputs.next();
        input = listed.name();
        number = 0;
        if (listed.failure() != null) {
            next = new Line(input, 0, null, listed.failure());
            return true;
        }
        try {
            reader = new LineReader(open(input), maxBytes);
        } catch (IOException e) {
            next = new Line(input, 0, null, ReadFailures.reason(e));
        } catch (InputException e) {
            next = new Line(input, 0, null, e.getMessage());
        }
        return true;
    }

    private void readLine() {
        try {
            byte[] bytes = reader.readLine();
            number++;
            if (bytes == null) {
                close();
            } else if (!LineReader.isBlank(bytes)) {
                next = new Line(input, number, bytes, null);
            }
        } catch (LineReader.LineTooLongException e) {
            number++;
            next = new Line(input, number, null, e.getMessage());
        } catch (IOException e) {
            close();
            next = new Line(input, number, null, ReadFailures.reason(e));
        }
    }

    private void close() {
        try {
            if (!input.equals(InputCleaner.STDIN)) {
                reader.close();
            }
        } catch (IOException e) {
            // Read to the end or failed already; nothing more to learn from closing.
        }
        reader = null;
    }

    /** The input's bytes, decompressed if they are compressed; a file is closed again if that fails. */
    private InputStream open(String name) throws IOException, InputException {
        boolean file = !name.equals(InputCleaner.STDIN);
        InputStream raw = file ? PipeSafeInputStream.open(InputPaths.of(name)) : stdin;
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            byte[] head = new byte[Compression.HEAD];
            in.mark(head.length);
            int length = in.readNBytes(head, 0, head.length);
            in.reset();
            Compression compression = Compression.of(head, length);
            return compression == null ? in : compression.open(in, maxBytes);
        } catch (IOException | InputException e) {
            if (file) {
                raw.close();
            }
            throw e;
        }
    }
}
