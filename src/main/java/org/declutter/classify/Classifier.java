package org.declutter.classify;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.declutter.parse.Page;
import org.declutter.rules.Category;
import org.declutter.rules.RuleSet;
import org.declutter.segment.Block;

/**
 * Decides every block of a document by running the filters in order: metadata, main-content
 * detection (the DOM for pages with markup, line scoring for text), the rule sets, headline and
 * standfirst extraction, and context smoothing. Stateless and thread-safe.
 */
public final class Classifier {

    private final List<BlockFilter> filters;

    /**
     * A classifier that applies the given rules after main-content detection and keeps the blocks
     * of the categories in {@code keep} whatever removed them.
     */
    public Classifier(RuleSet rules, Set<Category> keep) {
        this.filters = List.of(
            new MetadataFilter(),
            new RegionFilter(),
            new MainContentFilter(),
            new LinkDensityFilter(),
            new LineScoringFilter(rules),
            new RuleFilter(rules, keep),
            new HeadlineFilter(),
            new LabelFilter(),
            new ContextSmoothingFilter(),
            new KeepCategoriesFilter(keep));
    }

    /** Classifies a page's blocks. */
    public BlockDocument classify(Page page, List<Block> blocks) {
        BlockDocument doc = new BlockDocument(page, blocks);
        for (BlockFilter filter : filters) {
            // A caller that gave up on this document (a timeout) interrupts it: stop between filters.
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            filter.apply(doc);
        }
        return doc;
    }
}
