package org.declutter.bench;

import com.google.gson.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.declutter.source.Content;

/**
 * Writes a JSON Lines stream of N documents to standard output, cycling through the benchmark
 * pages, so that a long stream can be measured without storing it: {@code JsonlFeed N [html|text]}.
 * The pages come from {@code -Ddeclutter.bench.pages=DIR} as for the JMH benchmarks.
 */
public final class JsonlFeed {

    private JsonlFeed() {
    }

    /** Writes the stream. */
    public static void main(String[] args) throws IOException {
        long count = Long.parseLong(args[0]);
        String field = args.length > 1 ? args[1] : "html";
        List<String> lines = BenchPages.load().stream().map(page -> line(page, field)).toList();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            for (long i = 0; i < count; i++) {
                out.write(lines.get((int) (i % lines.size())));
            }
        }
    }

    private static String line(Content page, String field) {
        JsonObject doc = new JsonObject();
        doc.addProperty("id", page.name());
        doc.addProperty(field, page.text());
        return doc + "\n";
    }
}
