package org.declutter.classify;

import java.util.Objects;
import org.declutter.rules.Category;

/**
 * The decision on one block: kept as article, or removed as boilerplate of a category by a named
 * rule (a rule-file id, or the id of a built-in detector such as {@code main-content.outside}).
 *
 * @param kept whether the block is article text
 * @param category the boilerplate category when removed, else {@code null}
 * @param rule the id of the rule or detector that removed it, else {@code null}
 */
public record Verdict(boolean kept, Category category, String rule) {

    /** The verdict of article text. */
    public static final Verdict KEPT = new Verdict(true, null, null);

    public Verdict {
        if (!kept) {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** A removal by a rule or detector. */
    public static Verdict removed(Category category, String rule) {
        return new Verdict(false, category, rule);
    }

    @Override
    public String toString() {
        return kept ? "kept" : "removed " + category + " (" + rule + ")";
    }
}
