package org.declutter.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declutter.Declutter;
import org.declutter.Result;
import org.declutter.render.Format;
import org.declutter.render.JsonRenderer;
import org.declutter.render.Renderer;
import org.declutter.source.InputException;
import org.declutter.source.Source;
import org.declutter.source.Utf8;

/**
 * Cleans a stream of JSON Lines: each line a document ({@code {"id": ..., "html": ...}} or
 * {@code {"id": ..., "text": ...}}, field names configurable), each answered by one line
 * {@code {"id": ..., "body": ...}} in input order; with {@code --format json} the line also holds
 * the metadata and the removed blocks.
 *
 * <p>Memory holds only the lines in flight, so a stream of any length runs in a small heap. A line
 * that is not a document is reported on standard error with its line number, and the stream goes on.
 */
final class JsonlRunner {

    /** The position in gson's messages: {@code "... at line 1 column 6 path $"}. */
    private static final Pattern GSON_COLUMN = Pattern.compile("\\bcolumn (\\d+)");
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * The names of the fields a document line is read from.
     *
     * @param id the document's identifier, copied to the output line
     * @param html the field holding an HTML page
     * @param text the field holding plain text
     */
    record Fields(String id, String html, String text) {
    }

    /** The answer to one line: the document's id when it has one, and what became of it. */
    private record Answer(String id, Outcome outcome) {
    }

    private final Format format;
    private final Renderer bodyRenderer;
    private final Fields fields;
    /** The names of {@link #fields}, id, page and text, in the order {@link #quickly} files their values. */
    private final List<String> fieldNames;
    private final BatchRunner runner;
    private final CleaningStep step;

    JsonlRunner(Declutter declutter, Format format, boolean title, Fields fields, int jobs, ConfidencePolicy lowConfidence,
                DocumentGuard guard) {
        this.format = format;
        this.bodyRenderer = format == Format.JSON ? null : format.renderer(title);
        this.fields = fields;
        this.fieldNames = List.of(fields.id(), fields.html(), fields.text());
        this.runner = new BatchRunner(jobs, guard);
        this.step = new CleaningStep(declutter, lowConfidence);
    }

    /**
     * Cleans every line of the inputs, writing answers to {@code out} and telling {@code monitor}
     * about each; a line longer than {@code maxBytes} fails alone. Each answer is written whole and
     * flushed (through {@code summary}), so that an interrupted stream ends on a whole line.
     */
    void run(List<Input> inputs, InputStream stdin, long maxBytes, PrintWriter out, Monitor monitor,
             InterruptSummary summary) {
        runner.stream(new JsonlLines(inputs, stdin, maxBytes), this::answer, JsonlRunner::failed, (line, answer) -> {
            Outcome outcome = answer.outcome();
            if (!outcome.ok()) {
                monitor.failed(where(line), outcome.reason(), outcome.cause(), outcome.code());
                summary.done(false);
                return;
            }
            summary.deliver(() -> {
                out.print(outcome.output());
                out.print('\n');
                out.flush();
            });
            monitor.cleaned(answer.id() == null ? where(line) : answer.id(), outcome.report(), outcome.nanos());
        });
    }

    private static String where(JsonlLines.Line line) {
        return line.number() == 0 ? line.input() : line.input() + ":" + line.number();
    }

    private Answer answer(JsonlLines.Line line) {
        if (line.failure() != null) {
            return new Answer(null, Outcome.failed(where(line), line.failure(), null));
        }
        long start = System.nanoTime();
        try {
            Document doc = quickly(line.bytes());
            if (doc == null) {
                doc = leniently(line.text());
            }
            JsonPrimitive id = doc.id();
            String name = id == null ? null : id.getAsString();
            Source source = doc.source(name == null ? "line " + line.number() : name);
            return new Answer(name, step.run(source.name(), source, start, kept -> JsonRenderer.line(answerObject(id, kept))));
        } catch (InputException e) {
            return failed(line, e);
        }
    }

    /**
     * What a line holds: its id, if any, as given (a number stays a number in the answer), and its
     * page or text. {@link #source} prefers the page, as {@link #leniently} reads it.
     */
    private record Document(JsonPrimitive id, String html, String text) {
        Source source(String name) {
            return html != null ? Source.ofHtml(name, html) : Source.ofText(name, text);
        }
    }

    /**
     * The document of a line of the common shape, read straight from its UTF-8 bytes: an object,
     * in strict JSON, whose id (if any) and page or text are strings, each field once. Decoding and
     * unescaping the strings in one pass over the bytes takes about half the time of decoding the
     * line and then parsing it with gson. Anything else gives {@code null}, and {@link #leniently}
     * reads the line as before: gson's lenient parser accepts more, and says what is wrong. So do
     * a byte-order mark, which gson refuses and Jackson would skip, and bytes that are not
     * well-formed UTF-8, some of which Jackson would decode where the JDK marks them U+FFFD.
     */
    private Document quickly(byte[] line) {
        if (Utf8.startsWithByteOrderMark(line) || !Utf8.isWellFormed(line)) {
            return null;
        }
        String[] values = new String[fieldNames.size()];
        try (com.fasterxml.jackson.core.JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                int field = fieldNames.indexOf(parser.currentName());
                JsonToken value = parser.nextToken();
                if (field < 0) {
                    parser.skipChildren();
                } else if (value != JsonToken.VALUE_STRING || values[field] != null) {
                    return null;
                } else {
                    values[field] = parser.getText();
                }
            }
            if (parser.nextToken() != null || values[1] == null && values[2] == null) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            // Whatever Jackson makes of a line it cannot read, gson reads it and says what is wrong.
            return null;
        }
        return new Document(values[0] == null ? null : new JsonPrimitive(values[0]), values[1], values[2]);
    }

    /** The document of any line, read by gson's lenient parser, or why the line holds none. */
    private Document leniently(String text) throws InputException {
        JsonObject doc = document(text);
        JsonPrimitive id = idOf(doc);
        String html = stringField(doc, fields.html());
        if (html != null) {
            return new Document(id, html, null);
        }
        String body = stringField(doc, fields.text());
        if (body != null) {
            return new Document(id, null, body);
        }
        throw new InputException("no \"" + fields.html() + "\" or \"" + fields.text() + "\" field");
    }

    /** The answer to a line that failed, whether its document did or the guard gave up on it. */
    private static Answer failed(JsonlLines.Line line, InputException failure) {
        return new Answer(null, Outcome.failed(where(line), failure));
    }

    private static JsonObject document(String text) throws InputException {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new InputException("not valid JSON" + column(e), e);
        }
        if (!parsed.isJsonObject()) {
            throw new InputException("not a JSON object");
        }
        return parsed.getAsJsonObject();
    }

    private JsonPrimitive idOf(JsonObject doc) throws InputException {
        JsonElement id = doc.get(fields.id());
        if (id == null || id.isJsonNull()) {
            return null;
        }
        if (!id.isJsonPrimitive()) {
            throw new InputException("field \"" + fields.id() + "\" is not a string or number");
        }
        return id.getAsJsonPrimitive();
    }

    private static String stringField(JsonObject doc, String field) throws InputException {
        JsonElement value = doc.get(field);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new InputException("field \"" + field + "\" is not a string");
        }
        return value.getAsString();
    }

    /** The answer line: the id first, as given, then the body, or everything the JSON format holds. */
    private JsonObject answerObject(JsonPrimitive id, Result result) {
        JsonObject answer = new JsonObject();
        answer.add(fields.id(), id == null ? JsonNull.INSTANCE : id);
        if (format == Format.JSON) {
            for (Map.Entry<String, JsonElement> e : JsonRenderer.toJson(result).entrySet()) {
                if (!e.getKey().equals("source") && !e.getKey().equals(fields.id())) {
                    answer.add(e.getKey(), e.getValue());
                }
            }
        } else {
            String body = bodyRenderer.render(result);
            answer.addProperty("body", body.endsWith("\n") ? body.substring(0, body.length() - 1) : body);
        }
        return answer;
    }

    /**
     * Where the parser gave up, as {@code " at column N"}, or nothing when its message does not say:
     * the rest of gson's message speaks to programmers (exception names, leniency settings).
     */
    private static String column(JsonParseException e) {
        Matcher column = GSON_COLUMN.matcher(String.valueOf(e.getMessage()));
        return column.find() ? " at column " + column.group(1) : "";
    }
}
