package org.declutter.rules;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in patterns' {@link RegexPrefilter filters}, worked out when declutter is built and
 * stored beside the rule files. Reading a pattern for its literals is the costliest part of
 * loading the rules: in a one-file run, whose code still runs in the interpreter, it took about
 * 50 ms of processor time; reading the stored filters takes a few. A filter depends on nothing but
 * its pattern's text, so the table is keyed by that text, and a pattern missing from it (a table
 * from an older build, or none at all when the classes were compiled by other means) has its filter
 * worked out on first use, as a user's patterns have.
 */
public final class PrefilterTable {

    /** Where the build stores the table, as a class-path resource. */
    static final String RESOURCE = "/org/declutter/rules/builtin.prefilters";
    /** The format's version, first in the file: a table of another version is ignored. */
    private static final int VERSION = 3;

    private PrefilterTable() {
    }

    /**
     * Writes the table of the built-in rules' patterns to the file given as the only argument; the
     * build runs it once the classes are compiled.
     */
    public static void main(String[] args) throws IOException {
        Map<String, RegexPrefilter> filters = new LinkedHashMap<>();
        for (Rule rule : RuleSet.builtIn().rules()) {
            for (TextPattern pattern : rule.regexes()) {
                filters.put(pattern.regex(), RegexPrefilter.of(pattern.regex()));
            }
        }
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(filters, out);
        }
    }

    /** The stored table, or an empty one when the build stored none or one of another version. */
    static Map<String, RegexPrefilter> stored() {
        try (InputStream in = PrefilterTable.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Map.of() : read(in);
        } catch (IOException e) {
            // Filters are an optimisation: without the table they are worked out on first use.
            return Map.of();
        }
    }

    static void write(Map<String, RegexPrefilter> filters, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeInt(VERSION);
        out.writeInt(filters.size());
        for (Map.Entry<String, RegexPrefilter> entry : filters.entrySet()) {
            writeString(out, entry.getKey());
            String[][] required = entry.getValue().requiredSets();
            out.writeInt(required.length);
            for (String[] set : required) {
                out.writeInt(set.length);
                for (String literal : set) {
                    writeString(out, literal);
                }
            }
            long[][] openings = entry.getValue().packedOpenings();
            out.writeInt(openings == null ? -1 : openings.length);
            for (long[] ofLength : openings == null ? new long[0][] : openings) {
                out.writeInt(ofLength.length);
                for (long opening : ofLength) {
                    out.writeLong(opening);
                }
            }
        }
        out.flush();
    }

    /*
     * Read from one buffer, the openings in bulk: this runs at start-up, in the interpreter, where
     * reading the same table a value at a time from a stream took about 20 ms.
     */
    static Map<String, RegexPrefilter> read(InputStream stream) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(stream.readAllBytes());
        try {
            if (in.getInt() != VERSION) {
                return Map.of();
            }
            int size = in.getInt();
            Map<String, RegexPrefilter> filters = new HashMap<>(size * 2);
            for (int f = 0; f < size; f++) {
                String regex = readString(in);
                String[][] required = new String[in.getInt()][];
                for (int k = 0; k < required.length; k++) {
                    required[k] = new String[in.getInt()];
                    for (int i = 0; i < required[k].length; i++) {
                        required[k][i] = readString(in);
                    }
                }
                long[][] openings = null;
                int lengths = in.getInt();
                if (lengths >= 0) {
                    openings = new long[lengths][];
                    for (int length = 0; length < lengths; length++) {
                        openings[length] = new long[in.getInt()];
                        in.asLongBuffer().get(openings[length]);
                        in.position(in.position() + openings[length].length * Long.BYTES);
                    }
                }
                filters.put(regex, new RegexPrefilter(required, openings));
            }
            return filters;
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new IOException("truncated or damaged prefilter table", e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
