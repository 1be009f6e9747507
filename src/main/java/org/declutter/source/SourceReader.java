package org.declutter.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a {@link Source} into {@link Content}: loads its bytes within a size limit, undoes its
 * compression ({@link Compression}), recognises HTML and plain text cheaply by content and decodes
 * them; anything else is handed on as a document for Tika.
 */
public final class SourceReader {

    /** Default limit on an input's size after decompression: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    private final long maxBytes;

    /** A reader that refuses inputs larger than {@code maxBytes} after decompression. */
    public SourceReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** Reads, decompresses, detects and decodes one source. */
    public Content read(Source source) throws InputException {
        if (source.text().isPresent() && source.kind().isPresent() && source.kind().get() != MediaKind.DOCUMENT) {
            return decoded(source, source.kind().get(), source.text().get());
        }
        byte[] loaded = load(source);
        Compression compression = Compression.of(loaded, loaded.length);
        byte[] bytes = compression == null ? loaded : decompress(compression, loaded);
        if (isBlank(bytes)) {
            throw new InputException("empty input");
        }
        MediaKind kind = source.kind().orElseGet(() -> MediaSniffer.sniff(bytes));
        if (kind != MediaKind.DOCUMENT && MediaSniffer.isBinary(bytes)) {
            // Only a caller's fixed kind gets here: decoding a PDF or an image as text writes garbage.
            throw new InputException("binary data, not " + (kind == MediaKind.HTML ? "HTML" : "text"));
        }
        String url = source.url().orElse(null);
        return switch (kind) {
            case HTML -> new Content(source.name(), kind, TextDecoder.decodeHtml(bytes), null, url);
            case TEXT -> new Content(source.name(), kind, TextDecoder.decodeText(bytes), null, url);
            case DOCUMENT -> new Content(source.name(), kind, null, bytes, url);
        };
    }

    /** A source that is already a string: only the checks that bytes would also get. */
    private Content decoded(Source source, MediaKind kind, String text) throws InputException {
        if (text.isBlank()) {
            throw new InputException("empty input");
        }
        if ((long) text.length() > maxBytes) {
            throw new InputException(tooLarge(maxBytes));
        }
        // HTML keeps its controls until the parser reads it (CleanReader).
        String kept = kind == MediaKind.HTML ? text : TextDecoder.clean(text);
        return new Content(source.name(), kind, kept, null, source.url().orElse(null));
    }

    private byte[] load(Source source) throws InputException {
        try (InputStream in = source.open()) {
            return readBounded(in);
        } catch (IOException e) {
            throw new InputException(readFailure(e), e);
        }
    }

    private static String readFailure(IOException e) {
        return e instanceof InputTooLargeException ? e.getMessage() : ReadFailures.reason(e);
    }

    private byte[] decompress(Compression compression, byte[] compressed) throws InputException {
        try (InputStream in = compression.open(new ByteArrayInputStream(compressed), maxBytes)) {
            return readBounded(in);
        } catch (InputTooLargeException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(compression.failure(e), e);
        }
    }

    /**
     * Reads a stream whole, refusing more than {@code maxBytes}. The buffer starts at the size the
     * stream announces (a file's length), so a large file is read into one array, not copied
     * through a growing buffer: its bytes are in memory once.
     */
    private byte[] readBounded(InputStream in) throws IOException {
        int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        byte[] buffer = new byte[Math.min(cap, Math.max(in.available(), 8192))];
        int n = 0;
        while (true) {
            if (n == buffer.length) {
                int next = in.read();
                if (next < 0) {
                    return buffer;
                }
                if (n >= cap) {
                    throw new InputTooLargeException(maxBytes);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(cap, Math.max(2L * buffer.length, 8192)));
                buffer[n++] = (byte) next;
            }
            int read = in.read(buffer, n, buffer.length - n);
            if (read < 0) {
                return n == buffer.length ? buffer : Arrays.copyOf(buffer, n);
            }
            n += read;
        }
    }

    private static String tooLarge(long limit) {
        return "input larger than " + ByteSize.format(limit) + " (see --max-size)";
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Thrown while reading when the size limit is passed; turned into an {@link InputException}. */
    private static final class InputTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        InputTooLargeException(long limit) {
            super(tooLarge(limit));
        }
    }
}
