package org.declutter;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.declutter.classify.Metadata;
import org.declutter.classify.Verdict;
import org.declutter.rules.Category;
import org.declutter.segment.Block;
import org.declutter.source.MediaKind;

/**
 * The outcome of cleaning one source: the article's blocks, what was removed and why, and the
 * metadata found on the way.
 *
 * @param source the source's name
 * @param kind what the source was read as: HTML, plain text or a document
 * @param metadata headline, standfirst, byline and date
 * @param blocks every block of the document, in order
 * @param verdicts the verdict on each block, parallel to {@code blocks}
 * @param confidence how sure main-content detection is that the input holds an article, 0 to 1
 */
public record Result(String source, MediaKind kind, Metadata metadata, List<Block> blocks, List<Verdict> verdicts,
                     double confidence) {

    /**
     * The confidence below which no article was found. Real articles, even short ones of two
     * paragraphs, score above it; index pages, login walls and pages of links score 0 or close.
     */
    public static final double MIN_CONFIDENCE = 0.15;

    /**
     * A removed block.
     *
     * @param category its boilerplate category
     * @param rule the rule or detector that removed it
     * @param text its text
     */
    public record Removed(Category category, String rule, String text) {
    }

    /** Copies the lists and checks there is one verdict per block. */
    public Result {
        blocks = List.copyOf(blocks);
        verdicts = List.copyOf(verdicts);
        if (blocks.size() != verdicts.size()) {
            throw new IllegalArgumentException("one verdict per block");
        }
    }

    /** Whether main-content detection found an article: {@link #confidence()} is at least {@link #MIN_CONFIDENCE}. */
    public boolean articleFound() {
        return confidence >= MIN_CONFIDENCE;
    }

    /** The kept blocks, in order. */
    public List<Block> kept() {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (verdicts.get(i).kept()) {
                out.add(blocks.get(i));
            }
        }
        return out;
    }

    /**
     * The article body as text: the kept blocks, separated by blank lines, but the rows of a table
     * on lines of their own, one after the other.
     */
    public String body() {
        return joinBody(new StringJoiner("")).toString();
    }

    /**
     * Adds the {@link #body()}'s blocks and the breaks between them to {@code out}, a joiner without
     * a delimiter, and returns it; nothing when no block is kept. A renderer that puts a head or a
     * tail around the body gets the whole text in one allocation of its exact size: a large body is
     * never copied while it grows.
     */
    public StringJoiner joinBody(StringJoiner out) {
        Block previous = null;
        for (Block b : kept()) {
            if (previous != null) {
                out.add(b.sameTableAs(previous) ? "\n" : "\n\n");
            }
            out.add(b.text());
            previous = b;
        }
        return out;
    }

    /** The removed blocks, in order. */
    public List<Removed> removed() {
        List<Removed> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Verdict v = verdicts.get(i);
            if (!v.kept()) {
                out.add(new Removed(v.category(), v.rule(), blocks.get(i).text()));
            }
        }
        return out;
    }
}
