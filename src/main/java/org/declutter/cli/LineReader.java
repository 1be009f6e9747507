package org.declutter.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.declutter.source.ByteSize;

/**
 * Reads the lines of a byte stream as bytes, undecoded: a JSON Lines document is parsed straight
 * from its UTF-8 bytes, which decodes and unescapes its strings in one pass, where decoding the
 * line into a string first cost about as much again. Lines end where {@link
 * java.io.BufferedReader#readLine} ends them: at a line feed, a carriage return, or both.
 *
 * <p>A line is held at most to a limit: a stream without line breaks ({@code /dev/zero}, a binary
 * file) would otherwise take all memory before its first line ended. Beyond the limit the line's
 * bytes are read and dropped to its end, and it fails alone; the lines after it are read.
 */
final class LineReader implements Closeable {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private final int maxLength;
    private byte[] line = new byte[1 << 10];

    /** A reader of {@code in} that holds lines of up to {@code maxLength} bytes. */
    LineReader(InputStream in, long maxLength) {
        this.in = in;
        this.maxLength = (int) Math.min(maxLength, Integer.MAX_VALUE - 16);
    }

    /**
     * The next line without its line break, or {@code null} at the end of the stream.
     *
     * @throws LineTooLongException when the line is longer than the limit; the next call reads the
     *     line after it
     */
    byte[] readLine() throws IOException {
        int length = 0;
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) {
                return started ? finished(length) : null;
            }
            started = true;
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            length = append(length, start, position - start);
            if (position < limit) {
                byte end = buffer[position++];
                if (end == '\r' && (position < limit || fill()) && buffer[position] == '\n') {
                    position++;
                }
                return finished(length);
            }
        }
    }

    /** The line read, or the failure of one that outgrew the limit. */
    private byte[] finished(int length) throws LineTooLongException {
        if (length > maxLength) {
            line = new byte[1 << 10];
            throw new LineTooLongException(maxLength);
        }
        return Arrays.copyOf(line, length);
    }

    /**
     * Whether the line is blank as {@link String#isBlank} says of it decoded: only white space.
     * Decoded only when it holds bytes beyond ASCII and nothing but white space besides.
     */
    static boolean isBlank(byte[] line) {
        boolean ascii = true;
        for (byte b : line) {
            if (b < 0) {
                ascii = false;
            } else if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return ascii || new String(line, StandardCharsets.UTF_8).isBlank();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads more of the stream into the buffer; false at its end. */
    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    /** Adds bytes to the line; past the limit only counts them, so that the line is skipped, not held. */
    private int append(int length, int from, int count) {
        if ((long) length + count > maxLength) {
            // maxLength + 1 is as good as any count beyond it, and cannot overflow however long the line.
            return maxLength + 1;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(buffer, from, line, length, count);
        return length + count;
    }

    /** A line longer than the reader holds; it has been read to its end. */
    static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLongException(long limit) {
            super("line larger than " + ByteSize.format(limit) + " (see --max-size)");
        }
    }
}
