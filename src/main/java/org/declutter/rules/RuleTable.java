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
import java.util.ArrayList;
import java.util.List;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The built-in rules as the build parsed them, stored beside the rule files in one binary
 * resource, with each pattern's {@link RegexPrefilter filter}. A one-file run loads the rules while
 * its code still runs in the interpreter, where reading fourteen resources and parsing their
 * thousand lines (normalising phrases, splitting class names, working out filters) cost more than
 * the cleaning itself; reading one table of the finished rules costs a fraction of it.
 *
 * <p>The table holds what the rule files say and nothing more, so it is only as current as the
 * build that wrote it: Maven writes it after compiling, before the tests, and a test checks it
 * against the rule files. A missing or damaged table, or one of another version, makes the rules
 * be parsed from their files.
 */
public final class RuleTable {

    /** Where the build stores the table, as a class-path resource. */
    static final String RESOURCE = "/org/declutter/rules/builtin.table";
    /** The format's version, first in the file: a table of another version is ignored. */
    private static final int VERSION = 1;

    private RuleTable() {
    }

    /**
     * Writes the table of the built-in rules, parsed from their files, to the file given as the only
     * argument; the build runs it once the classes are compiled.
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(RuleSet.parsedBuiltIn(), out);
        }
    }

    /**
     * The stored rules, or {@code null} when the build stored none, one of another version or a
     * damaged one: the table only spares the parsing, and the files say the same.
     */
    static List<Rule> stored() {
        try (InputStream in = RuleTable.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            return null;
        }
    }

    static void write(List<Rule> rules, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeInt(VERSION);
        out.writeInt(rules.size());
        for (Rule rule : rules) {
            writeString(out, rule.id());
            writeString(out, rule.category().name());
            writeStrings(out, rule.phrases());
            writeStrings(out, rule.starts());
            writeStrings(out, rule.equals());
            out.writeInt(rule.regexes().size());
            for (TextPattern pattern : rule.regexes()) {
                writeString(out, pattern.regex());
                writeFilter(out, pattern.filter());
            }
            writeString(out, rule.selectorText() == null ? "" : rule.selectorText());
            out.writeInt(rule.classNames().size());
            for (List<String> name : rule.classNames()) {
                writeStrings(out, name);
            }
            out.writeByte(rule.where().ordinal());
            out.writeInt(rule.maxWords());
            out.writeByte(rule.action().ordinal());
            writeStrings(out, rule.sites());
            out.writeInt(rule.examples().size());
            for (Rule.Example example : rule.examples()) {
                writeString(out, example.text());
                out.writeBoolean(example.mustMatch());
                out.writeInt(example.line());
            }
            writeString(out, rule.origin());
        }
        out.flush();
    }

    private static void writeFilter(DataOutputStream out, RegexPrefilter filter) throws IOException {
        String[][] required = filter.requiredSets();
        out.writeInt(required.length);
        for (String[] set : required) {
            writeStrings(out, List.of(set));
        }
        long[][] openings = filter.packedOpenings();
        out.writeInt(openings == null ? -1 : openings.length);
        for (long[] ofLength : openings == null ? new long[0][] : openings) {
            out.writeInt(ofLength.length);
            for (long opening : ofLength) {
                out.writeLong(opening);
            }
        }
    }

    /*
     * Read from one buffer, the openings in bulk, with loops rather than streams: this runs at
     * start-up, in the interpreter.
     */
    static List<Rule> read(InputStream stream) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(stream.readAllBytes());
        try {
            if (in.getInt() != VERSION) {
                return null;
            }
            int size = in.getInt();
            List<Rule> rules = new ArrayList<>(size);
            for (int r = 0; r < size; r++) {
                String id = readString(in);
                Category category = Category.of(readString(in));
                List<String> phrases = readStrings(in);
                List<String> starts = readStrings(in);
                List<String> equals = readStrings(in);
                List<TextPattern> regexes = new ArrayList<>();
                for (int n = in.getInt(); n > 0; n--) {
                    String regex = readString(in);
                    regexes.add(TextPattern.trusted(regex, readFilter(in)));
                }
                String selector = readString(in);
                List<List<String>> classNames = new ArrayList<>();
                for (int n = in.getInt(); n > 0; n--) {
                    classNames.add(readStrings(in));
                }
                Rule.Where where = Rule.Where.values()[in.get()];
                int maxWords = in.getInt();
                Rule.Action action = Rule.Action.values()[in.get()];
                List<String> sites = readStrings(in);
                List<Rule.Example> examples = new ArrayList<>();
                for (int n = in.getInt(); n > 0; n--) {
                    examples.add(new Rule.Example(readString(in), in.get() != 0, in.getInt()));
                }
                rules.add(new Rule(id, category, phrases, starts, equals, regexes,
                    selector.isEmpty() ? null : QueryParser.parse(selector), selector.isEmpty() ? null : selector,
                    classNames, where, maxWords, action, sites, examples, readString(in)));
            }
            if (in.hasRemaining()) {
                throw new IOException("built-in rule table has " + in.remaining() + " bytes too many");
            }
            return rules;
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException
                 | NegativeArraySizeException | Selector.SelectorParseException e) {
            throw new IOException("truncated or damaged built-in rule table", e);
        }
    }

    private static RegexPrefilter readFilter(ByteBuffer in) {
        String[][] required = new String[in.getInt()][];
        for (int k = 0; k < required.length; k++) {
            required[k] = readStrings(in).toArray(new String[0]);
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
        return new RegexPrefilter(required, openings);
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            writeString(out, s);
        }
    }

    private static List<String> readStrings(ByteBuffer in) {
        int n = in.getInt();
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(readString(in));
        }
        return strings;
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
