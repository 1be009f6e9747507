package org.declutter.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.MemoryLimitException;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The compressions an input may come in, known by their first bytes whatever the file is called:
 * gzip (read by the JDK), bzip2 and xz (read by Apache Commons Compress, which ships with Tika in
 * {@code declutter-documents.jar} and is loaded only when such an input arrives). zstd is known
 * too, so as to say that it is not read rather than hand its bytes on as a document in which no
 * text is found.
 */
public enum Compression {

    /** gzip, RFC 1952: crawls and corpora most often come in it. */
    GZIP("gzip", 0x1f, 0x8b) {
        @Override
        InputStream decompressing(InputStream in, long maxBytes) throws IOException {
            return new GZIPInputStream(in, 1 << 16);
        }
    },
    /** bzip2: "BZh", then the block size, '1' to '9'. */
    BZIP2("bzip2", 'B', 'Z', 'h') {
        @Override
        boolean opens(byte[] head, int length) {
            return super.opens(head, length) && length > 3 && head[3] >= '1' && head[3] <= '9';
        }

        @Override
        InputStream decompressing(InputStream in, long maxBytes) throws IOException {
            return CommonsCompress.bzip2(in);
        }
    },
    /**
     * xz. Its header names the dictionary the decoder allocates, up to 4 GiB: one larger than the
     * data may grow to is refused rather than allocated.
     */
    XZ("xz", 0xfd, '7', 'z', 'X', 'Z', 0) {
        @Override
        InputStream decompressing(InputStream in, long maxBytes) throws IOException {
            return CommonsCompress.xz(in, maxBytes);
        }

        @Override
        public String failure(IOException e) {
            return CommonsCompress.isMemoryLimit(e) ? "xz data whose dictionary is larger than --max-size allows"
                : super.failure(e);
        }
    },
    /** Zstandard, not read: its Java decoders need native code or {@code sun.misc.Unsafe}. */
    ZSTD("zstd", 0x28, 0xb5, 0x2f, 0xfd);

    /** The most first bytes any of them is known by. */
    public static final int HEAD = 6;

    private final String name;
    private final byte[] magic;

    Compression(String name, int... magic) {
        this.name = name;
        this.magic = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            this.magic[i] = (byte) magic[i];
        }
    }

    /** The compression whose first bytes the data's first {@code length} bytes are, or {@code null}. */
    public static Compression of(byte[] head, int length) {
        for (Compression compression : values()) {
            if (compression.opens(head, length)) {
                return compression;
            }
        }
        return null;
    }

    /** Whether data that starts with these bytes is compressed this way. */
    boolean opens(byte[] head, int length) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The data of {@code in}, decompressed as it is read, every member or stream of it in turn.
     *
     * @param maxBytes the most bytes the data may decompress to, which bounds what the decoder allocates
     * @throws IOException when the data does not start as such a stream should
     * @throws InputException when this compression is not read, or the library that reads it is not
     *     on the class path
     */
    public InputStream open(InputStream in, long maxBytes) throws IOException, InputException {
        try {
            return decompressing(in, maxBytes);
        } catch (NoClassDefFoundError e) {
            throw new InputException("reading " + name + " needs Apache Commons Compress, which is not on the class "
                + "path (declutter-documents.jar beside declutter.jar)", e);
        }
    }

    /** A decompressing stream over {@code in}; a compression that says none is not read. */
    InputStream decompressing(InputStream in, long maxBytes) throws IOException, InputException {
        throw new InputException(name + "-compressed input, which declutter does not read: decompress it first ("
            + name + " -dc FILE | declutter)");
    }

    /** Why decompressing data in memory failed, for users: cut short, or corrupt. */
    public String failure(IOException e) {
        return e instanceof EOFException ? "truncated " + name + " data" : "corrupt " + name + " data";
    }

    /**
     * The streams of Commons Compress, apart: a constant that named their classes itself would have
     * the verifier load them, and so open the documents jar, in every run that reads a file.
     */
    private static final class CommonsCompress {

        static InputStream bzip2(InputStream in) throws IOException {
            return new BZip2CompressorInputStream(in, true);
        }

        /** Room for the decoder beside a dictionary as large as the data may grow. */
        private static final long DECODER_KIB = 1024;

        static InputStream xz(InputStream in, long maxBytes) throws IOException {
            return new XZCompressorInputStream(in, true, (int) Math.min(Integer.MAX_VALUE, maxBytes / 1024 + DECODER_KIB));
        }

        static boolean isMemoryLimit(IOException e) {
            return e instanceof MemoryLimitException;
        }
    }
}
