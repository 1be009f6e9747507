package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --jsonl}: one document per line in, one answer per line out, in order, bad lines reported. */
class JsonlCommandTest {

    private static final String BODY = "The council met on Tuesday to decide how the new bridge will be paid for, "
        + "and the vote was closer than anyone expected.";

    @TempDir
    Path tmp;

    @Test
    void answersEachDocumentWithItsIdAndBodyInInputOrder() {
        String input = doc("a", "html", "<html><body><article><p>" + BODY + " One.</p></article></body></html>")
            + doc("b", "text", BODY + " Two.\n")
            + doc("c", "html", "<p>" + BODY + " Three.</p>");

        Run run = Run.withStdin(input, "--jsonl", "-j", "2");

        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        List<JsonObject> lines = lines(run.out());
        assertThat(lines).extracting(l -> l.get("id").getAsString()).containsExactly("a", "b", "c");
        assertThat(lines.get(1).get("body").getAsString()).isEqualTo(BODY + " Two.");
        assertThat(lines.get(0).keySet()).containsExactly("id", "body");
    }

    @Test
    void reportsABadLineWithItsNumberAndGoesOn() {
        String input = doc("a", "text", BODY) + "{not json\n" + "\n" + "[1, 2]\n" + "{\"id\": \"d\"}\n" + doc("e", "text", BODY);

        Run run = Run.withStdin(input, "--jsonl");

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(lines(run.out())).extracting(l -> l.get("id").getAsString()).containsExactly("a", "e");
        String[] errors = run.err().split("\n");
        assertThat(errors).hasSize(3);
        assertThat(errors[0]).isEqualTo("declutter: -:2: not valid JSON at column 7");
        assertThat(errors[1]).isEqualTo("declutter: -:4: not a JSON object");
        assertThat(errors[2]).isEqualTo("declutter: -:5: no \"html\" or \"text\" field");
    }

    @Test
    void readsFieldsOfOtherNames() {
        String input = "{\"url\": \"u1\", \"content\": " + JsonParser.parseString("\"" + BODY + "\"") + "}\n";

        Run run = Run.withStdin(input, "--jsonl", "--id-field", "url", "--text-field", "content");

        assertThat(run.code()).isZero();
        JsonObject answer = lines(run.out()).get(0);
        assertThat(answer.get("url").getAsString()).isEqualTo("u1");
        assertThat(answer.get("body").getAsString()).isEqualTo(BODY);
    }

    @Test
    void writesMetadataAndRemovedBlocksWithFormatJson() {
        String html = "<html><head><title>Bridge vote</title></head><body><nav><a href=/>Home</a> <a href=/n>News</a></nav>"
            + "<article><h1>Bridge vote</h1><p>" + BODY + "</p><p>" + BODY + "</p></article></body></html>";

        Run run = Run.withStdin(doc("a", "html", html), "--jsonl", "--format", "json");

        assertThat(run.code()).isZero();
        JsonObject answer = lines(run.out()).get(0);
        assertThat(answer.keySet()).startsWith("id").contains("title", "body", "removed").doesNotContain("source");
        assertThat(answer.get("title").getAsString()).isEqualTo("Bridge vote");
        assertThat(answer.get("body").getAsString()).contains(BODY).doesNotContain("Home");
    }

    @Test
    void readsStreamsCompressedWithBzip2OrXz() throws IOException {
        Path bz2 = tmp.resolve("a.jsonl.bz2");
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(bz2))) {
            out.write(doc("a", "text", BODY).getBytes(StandardCharsets.UTF_8));
        }
        Path xz = tmp.resolve("b.jsonl.xz");
        try (OutputStream out = new XZCompressorOutputStream(Files.newOutputStream(xz))) {
            out.write(doc("b", "text", BODY).getBytes(StandardCharsets.UTF_8));
        }

        Run run = Run.of("--jsonl", bz2.toString(), xz.toString());

        assertThat(run.err()).isEmpty();
        assertThat(lines(run.out())).extracting(l -> l.get("id").getAsString()).containsExactly("a", "b");
    }

    @Test
    void anIdComesBackAsItWasGivenANumberAsANumber() throws IOException {
        String body = new JsonPrimitive(BODY).toString();
        Path feed = Files.writeString(tmp.resolve("ids.jsonl"), "{\"id\": 7, \"text\": " + body + "}\n"
            + "{\"id\": 12345678901234567890, \"text\": " + body + "}\n"
            + "{\"id\": \"7\", \"text\": " + body + "}\n");

        Run run = Run.of("--jsonl", feed.toString());

        assertThat(run.out().lines().map(l -> l.substring(0, l.indexOf(",\"body\""))))
            .containsExactly("{\"id\":7", "{\"id\":12345678901234567890", "{\"id\":\"7\"");
    }

    @Test
    void aLineLongerThanMaxSizeFailsAloneAndTheStreamGoesOn() throws IOException {
        Path feed = Files.writeString(tmp.resolve("long.jsonl"), doc("a", "text", BODY) + "x".repeat(5000) + "\n"
            + doc("b", "text", BODY));

        Run run = Run.of("--jsonl", "--max-size", "4k", feed.toString());

        assertThat(lines(run.out())).extracting(l -> l.get("id").getAsString()).containsExactly("a", "b");
        assertThat(run.err()).isEqualTo("declutter: " + feed + ":2: line larger than 4 KiB (see --max-size)\n");
        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    }

    @Test
    void aFileThatIsNoJsonLinesFailsOnceAndTheNextStreamIsRead() throws IOException {
        Path pdf = Files.writeString(tmp.resolve("story.pdf"), "%PDF-1.7\n" + "stream of a document\n".repeat(300));
        Path page = Files.writeString(tmp.resolve("page.html"), "\n<!doctype html>\n<p>A page.</p>\n".repeat(100));
        Path utf16 = Files.write(tmp.resolve("wide.jsonl"), doc("w", "text", BODY).getBytes(StandardCharsets.UTF_16LE));
        Path feed = Files.writeString(tmp.resolve("feed.jsonl"), doc("a", "text", BODY));

        Run run = Run.of("--jsonl", pdf.toString(), page.toString(), utf16.toString(), feed.toString());

        assertThat(run.err()).isEqualTo("declutter: " + pdf + ": not JSON Lines: it starts with \"%PDF-1.7\"\n"
            + "declutter: " + page + ": not JSON Lines: it starts with \"<!doctyp\"\n"
            + "declutter: " + utf16 + ": not JSON Lines: it is a quarter NUL bytes or more (binary data, or text in UTF-16?)\n");
        assertThat(lines(run.out())).extracting(l -> l.get("id").getAsString()).containsExactly("a");
    }

    @Test
    void aStreamWhoseFirstLineIsBadJsonIsStillReadLineByLine() throws IOException {
        Path feed = Files.writeString(tmp.resolve("feed.jsonl"), "[1, 2]\n{\"id\": \"\u0000\"}\n" + doc("a", "text", BODY));

        Run run = Run.of("--jsonl", feed.toString());

        assertThat(run.err()).startsWith("declutter: " + feed + ":1: not a JSON object\ndeclutter: " + feed + ":2: ");
        assertThat(lines(run.out())).extracting(l -> l.get("id").getAsString()).containsExactly("a");
    }

    @Test
    void anEmptyNameIsNoStream() {
        Run run = Run.of("--jsonl", "");

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("declutter: : no such file\n");
        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    }

    @Test
    void readsSeveralFilesGzipOrNotAndNamesTheFileOfABadLine() throws IOException {
        Path plain = tmp.resolve("a.jsonl");
        Files.writeString(plain, doc("a", "text", BODY) + "oops\n");
        Path gz = tmp.resolve("b.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(doc("b", "text", BODY).getBytes(StandardCharsets.UTF_8));
        }
        Path missing = tmp.resolve("none.jsonl");

        Run run = Run.of("--jsonl", plain.toString(), missing.toString(), gz.toString());

        assertThat(lines(run.out())).extracting(l -> l.get("id").getAsString()).containsExactly("a", "b");
        assertThat(run.err()).startsWith("declutter: " + plain + ":2: not a JSON object\n")
            .endsWith("declutter: " + missing + ": no such file\n");
        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    }

    @Test
    void readsEveryShapeOfLineAsTheLenientParserDoes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String line : new String[] {
            "{'id': 'q', 'text': '" + BODY + " Single.'}\n",
            "{\"id\": \"d\", \"text\": \"first\", \"text\": \"" + BODY + " Dup.\"}\n",
            "{\"id\": 7, \"text\": \"" + BODY + " Seven.\"}\n",
            "{\"id\": \"n\", \"html\": null, \"text\": \"" + BODY + " Null.\"}\n",
            "\ufeff{\"id\": \"bom\", \"text\": \"" + BODY + " Mark.\"}\n",
            "{\"id\": \"cr1\", \"text\": \"" + BODY + " One.\"}\r{\"id\": \"cr2\", \"text\": \"" + BODY + " Two.\"}\r\n",
            "\u3000\n",
            "{\"id\": \"tab\", \"text\": \"" + BODY + " A\ttab.\"}\n",
            "{\"id\": \"tail\", \"text\": \"" + BODY + "\"} x\n",
            "{\"id\": \"esc\", \"text\": \"" + BODY + " Caf\\u00e9 \\\"q\\\".\"}"}) {
            bytes.write(line.getBytes(StandardCharsets.UTF_8));
        }
        // An overlong form of NUL: not UTF-8, so each byte is read as U+FFFD.
        bytes.write(("\n{\"id\": \"long\", \"text\": \"" + BODY + " x").getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xc0, (byte) 0x80});
        bytes.write("y.\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(tmp.resolve("edges.jsonl"), bytes.toByteArray());

        Run run = Run.of("--jsonl", file.toString());

        List<JsonObject> lines = lines(run.out());
        assertThat(lines).extracting(l -> l.get("id").getAsString())
            .containsExactly("q", "d", "7", "n", "bom", "cr1", "cr2", "tab", "esc", "long");
        assertThat(lines.get(1).get("body").getAsString()).endsWith(" Dup.");
        assertThat(lines.get(8).get("body").getAsString()).endsWith(" Café \"q\".");
        assertThat(lines.get(9).get("body").getAsString()).endsWith(" x\ufffd\ufffdy.");
        // The carriage return ends a line, and the blank line counts: the line with trailing data is the tenth.
        assertThat(run.err()).startsWith("declutter: " + file + ":10: not valid JSON at column ").hasLineCount(1);
    }

    @Test
    void cannotWriteToADirectory() {
        Run run = Run.withStdin(doc("a", "text", BODY), "--jsonl", "-o", tmp.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("declutter: --jsonl writes JSON Lines to standard output");
    }

    @Test
    void decodesNoPageTwiceWhateverCharsetItDeclares() {
        String html = "<html><head><meta charset=iso-8859-1></head><body><p>Café crème, " + BODY + "</p></body></html>";

        Run run = Run.withStdin(doc("a", "html", html), "--jsonl");

        assertThat(lines(run.out()).get(0).get("body").getAsString()).startsWith("Café crème, ");
    }

    private static String doc(String id, String field, String content) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty(field, content);
        return o + "\n";
    }

    private static List<JsonObject> lines(String out) {
        List<JsonObject> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isEmpty()) {
                lines.add(JsonParser.parseString(line).getAsJsonObject());
            }
        }
        return lines;
    }
}
