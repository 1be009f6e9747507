package org.declutter.classify;

import java.util.Set;
import org.declutter.rules.Category;

/** Restores the blocks of the categories the user asked to keep ({@code --keep caption}). */
final class KeepCategoriesFilter implements BlockFilter {

    private final Set<Category> keep;

    KeepCategoriesFilter(Set<Category> keep) {
        this.keep = Set.copyOf(keep);
    }

    @Override
    public void apply(BlockDocument doc) {
        if (keep.isEmpty()) {
            return;
        }
        for (int i = 0; i < doc.size(); i++) {
            Verdict v = doc.verdict(i);
            if (!v.kept() && keep.contains(v.category())) {
                doc.set(i, Verdict.KEPT);
            }
        }
    }
}
