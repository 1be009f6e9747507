package org.declutter.render;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.declutter.Result;

/**
 * One JSON object on one line (so that many results form JSON Lines): source, title, description,
 * byline, date, confidence, body, and the removed blocks with their category and rule.
 */
public final class JsonRenderer implements Renderer {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    @Override
    public String render(Result result) {
        return GSON.toJson(toJson(result)) + "\n";
    }

    /** The result as a JSON object, for callers that add fields of their own. */
    public static JsonObject toJson(Result result) {
        JsonObject o = new JsonObject();
        o.addProperty("source", result.source());
        o.addProperty("title", result.metadata().title());
        o.addProperty("description", result.metadata().description());
        o.addProperty("byline", result.metadata().byline());
        o.addProperty("date", result.metadata().date());
        o.addProperty("confidence", Math.round(result.confidence() * 1000) / 1000.0);
        o.addProperty("body", result.body());
        JsonArray removed = new JsonArray();
        for (Result.Removed r : result.removed()) {
            JsonObject x = new JsonObject();
            x.addProperty("category", r.category().name());
            x.addProperty("rule", r.rule());
            x.addProperty("text", r.text());
            removed.add(x);
        }
        o.add("removed", removed);
        return o;
    }

    /** Serialises any JSON value on one line. */
    public static String line(JsonObject value) {
        return GSON.toJson(value);
    }
}
