package org.declutter.render;

import java.util.Map;
import java.util.TreeMap;
import org.declutter.Result;

/**
 * The compact account of one document: {@code kept 12 of 40 blocks, byline 1, navigation 6}, the
 * removed blocks counted per category, and a note when no article was found. {@code --explain}
 * ends with it and {@code -v} prints it.
 */
public final class Summary {

    private Summary() {
    }

    /** The summary of a result. */
    public static String of(Result result) {
        Map<String, Integer> removedByCategory = new TreeMap<>();
        for (Result.Removed r : result.removed()) {
            removedByCategory.merge(r.category().name(), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder();
        out.append("kept ").append(result.blocks().size() - result.removed().size()).append(" of ")
            .append(result.blocks().size()).append(" blocks");
        removedByCategory.forEach((category, n) -> out.append(", ").append(category).append(' ').append(n));
        if (!result.articleFound()) {
            out.append(", no article found");
        }
        return out.toString();
    }
}
