package org.declutter.source;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a {@link Source} into {@link Content}: loads its bytes within a size limit, undoes gzip,
 * recognises HTML and plain text cheaply by content and decodes them; anything else is handed on
 * as a document for Tika.
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
        byte[] bytes = isGzip(loaded) ? gunzip(loaded) : loaded;
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
        return new Content(source.name(), kind, TextDecoder.clean(text), null, source.url().orElse(null));
    }

    private byte[] load(Source source) throws InputException {
        try (InputStream in = source.open()) {
            return readBounded(in);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException("permission denied", e);
        } catch (IOException e) {
            throw new InputException(readFailure(e), e);
        }
    }

    private static String readFailure(IOException e) {
        if (e instanceof InputTooLargeException) {
            return e.getMessage();
        }
        String message = e.getMessage();
        if (message != null && message.contains("Is a directory")) {
            return "is a directory";
        }
        return "cannot read: " + (message == null ? e.getClass().getSimpleName() : message);
    }

    private byte[] gunzip(byte[] compressed) throws InputException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
            return readBounded(in);
        } catch (EOFException e) {
            throw new InputException("truncated gzip data", e);
        } catch (ZipException e) {
            throw new InputException("corrupt gzip data", e);
        } catch (IOException e) {
            throw new InputException(readFailure(e), e);
        }
    }

    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new InputTooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String tooLarge(long limit) {
        return "input larger than " + (limit >> 20) + " MiB (see --max-size)";
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
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
