package org.declutter.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.declutter.source.Compression;
import org.declutter.source.InputException;
import org.declutter.source.PipeSafeInputStream;
import org.declutter.source.ReadFailures;
import org.declutter.source.Utf8;

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

    /** How much of an input's start is looked at before its lines are read. */
    private static final int START = 4096;
    /** The characters a JSON text can start with. */
    private static final String JSON_STARTS = "{[\"-0123456789tfn";

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

    /**
     * Why an input whose start is no JSON text at all is no JSON Lines, or {@code null}: a quarter of
     * it or more is NUL bytes (binary data, or text in UTF-16), or its first character can start no
     * JSON value (a PDF's {@code %}, a page's {@code <}). Such an input fails once, instead of once a line; an
     * input that starts as JSON is read line by line, each line failing or not on its own.
     */
    static String notJsonLines(byte[] start) {
        int i = Utf8.startsWithByteOrderMark(start) ? 3 : 0;
        while (i < start.length && (start[i] == ' ' || start[i] == '\t' || start[i] == '\n' || start[i] == '\r')) {
            i++;
        }
        int nuls = 0;
        for (byte b : start) {
            nuls += b == 0 ? 1 : 0;
        }
        // Text in UTF-16 is half NUL bytes, binary data many; one stray NUL is a line's own failure.
        if (nuls > 0 && nuls * 4 >= start.length) {
            return "not JSON Lines: it is a quarter NUL bytes or more (binary data, or text in UTF-16?)";
        }
        if (i == start.length || JSON_STARTS.indexOf(start[i]) >= 0) {
            return null;
        }
        int end = i;
        while (end < start.length && end - i < 8 && start[end] >= 0x20 && start[end] < 0x7f) {
            end++;
        }
        return end == i ? "not JSON Lines: it does not start as JSON"
            : "not JSON Lines: it starts with \"" + new String(start, i, end - i, StandardCharsets.US_ASCII) + "\"";
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
            InputStream data = compression == null ? in : new BufferedInputStream(compression.open(in, maxBytes), 1 << 16);
            // One read, of what has come: a stream fed a line at a time must not wait for more.
            data.mark(START);
            byte[] start = new byte[START];
            int read = data.read(start, 0, START);
            data.reset();
            String notJson = notJsonLines(Arrays.copyOf(start, Math.max(read, 0)));
            if (notJson != null) {
                throw new InputException(notJson);
            }
            return data;
        } catch (IOException | InputException e) {
            if (file) {
                raw.close();
            }
            throw e;
        }
    }
}
