package org.declutter.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One input to clean: a name to report it by, a way to open its bytes, and what is already known
 * about it (its kind, when the caller knows better than detection; the page's address).
 *
 * <p>A source is cheap to create and opens nothing until {@link #open()} is called, so a batch can
 * list thousands of them up front.
 */
public final class Source {

    /** Opens the raw bytes of a source; called once per cleaning. */
    @FunctionalInterface
    public interface Opener {
        /** Returns a fresh stream over the source's bytes. */
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;
    private final MediaKind kind;
    private final String url;
    private final String text;

    private Source(String name, Opener opener, MediaKind kind, String url, String text) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.kind = kind;
        this.url = url;
        this.text = text;
    }

    /** A file on disk, its kind detected from its content. */
    public static Source of(Path file) {
        return new Source(file.toString(), () -> PipeSafeInputStream.open(file), null, null, null);
    }

    /** Bytes already in memory, e.g. a record of a larger container. */
    public static Source of(String name, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new Source(name, () -> new ByteArrayInputStream(copy), null, null, null);
    }

    /**
     * A stream that can be read once, e.g. standard input. Cleaning reads it to its end and closes
     * it; cleaning the source again fails (the stream was read already) rather than finding it empty.
     */
    public static Source ofStream(String name, InputStream in) {
        Objects.requireNonNull(in, "in");
        AtomicBoolean opened = new AtomicBoolean();
        return new Source(name, () -> {
            if (opened.getAndSet(true)) {
                throw new IOException("the stream was read already (a stream source can be read once)");
            }
            return in;
        }, null, null, null);
    }

    /**
     * An HTML page already decoded to a string; it is used as it is, so a charset declaration in the
     * page cannot make it be decoded a second time.
     */
    public static Source ofHtml(String name, String html) {
        return new Source(name, utf8(html), MediaKind.HTML, null, Objects.requireNonNull(html, "html"));
    }

    /** Plain text already decoded to a string; it is used as it is. */
    public static Source ofText(String name, String text) {
        return new Source(name, utf8(text), MediaKind.TEXT, null, Objects.requireNonNull(text, "text"));
    }

    /** Bytes made only if a caller asks for them: the reader uses the string itself. */
    private static Opener utf8(String s) {
        return () -> new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The same source with its kind fixed, so detection is skipped. */
    public Source withKind(MediaKind newKind) {
        return new Source(name, opener, newKind, url, text);
    }

    /** The same source with the address of the page it came from. */
    public Source withUrl(String newUrl) {
        return new Source(name, opener, kind, newUrl, text);
    }

    /** The name errors and outputs refer to (a path, {@code -} for stdin, a record id). */
    public String name() {
        return name;
    }

    /** The kind the caller fixed, or empty when it is to be detected. */
    public Optional<MediaKind> kind() {
        return Optional.ofNullable(kind);
    }

    /** The page's address when the caller knows it. */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** The text of a source made from a string ({@link #ofHtml}, {@link #ofText}), else empty. */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** Opens the source's raw bytes (possibly gzip-compressed). */
    public InputStream open() throws IOException {
        return opener.open();
    }
}
