package org.declutter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.declutter.classify.BlockDocument;
import org.declutter.classify.Classifier;
import org.declutter.classify.Verdict;
import org.declutter.parse.Page;
import org.declutter.parse.Parsers;
import org.declutter.rules.Category;
import org.declutter.rules.Rule;
import org.declutter.rules.RuleSet;
import org.declutter.segment.Block;
import org.declutter.segment.Segmenter;
import org.declutter.source.Content;
import org.declutter.source.InputException;
import org.declutter.source.MediaKind;
import org.declutter.source.Source;
import org.declutter.source.SourceReader;

/**
 * The library's entry point: cleans one article at a time, from any format, into its body.
 *
 * <p>Build one instance and share it: it is immutable and thread-safe. It loads the built-in rules
 * once, when first asked for its rules or given an input, and then only to classify: an input is
 * read, parsed and segmented meanwhile.
 *
 * <pre>{@code
 * Declutter declutter = Declutter.builder()
 *     .addRules(RuleSet.load(Path.of("my-site.rules")))
 *     .keep(Category.of("caption"))
 *     .build();
 * Result result = declutter.clean(Source.of(Path.of("article.html")));
 * System.out.println(result.metadata().title());
 * System.out.println(result.body());
 * }</pre>
 */
public final class Declutter {

    private final SourceReader reader;
    private final Parsers parsers = new Parsers();
    private final Segmenter segmenter = new Segmenter();
    private final List<Rule> addedRules;
    private final Set<Category> keep;
    /** Made on first use: the rules in force and the classifier that applies them. */
    private volatile Classification classification;

    private Declutter(Builder builder) {
        this.reader = new SourceReader(builder.maxBytes);
        this.addedRules = List.copyOf(builder.rules);
        this.keep = new LinkedHashSet<>(builder.keep);
    }

    /** The rules in force and their classifier, which need the built-in rules loaded. */
    private record Classification(RuleSet rules, Classifier classifier) {
    }

    /** A declutter with the built-in rules and default limits. */
    public static Declutter create() {
        return builder().build();
    }

    /** A builder for a configured instance. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rules in force: built-in plus added. */
    public RuleSet rules() {
        return classification().rules();
    }

    /**
     * The classification, made by the first thread to need it. Not in the constructor: a one-file
     * run builds its {@code Declutter} while another thread is still loading the built-in rules, and
     * can read and parse its input meanwhile.
     */
    private Classification classification() {
        Classification c = classification;
        if (c == null) {
            synchronized (this) {
                c = classification;
                if (c == null) {
                    RuleSet rules = RuleSet.builtIn().with(addedRules);
                    c = new Classification(rules, new Classifier(rules, keep));
                    classification = c;
                }
            }
        }
        return c;
    }

    /**
     * Cleans one source.
     *
     * @throws InputException when the source cannot be read or parsed; its message is a one-line
     *     reason for the user
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     *     while cleaning (a caller's time limit)
     */
    public Result clean(Source source) throws InputException {
        Content content = reader.read(source);
        MediaKind kind = content.kind();
        Page page = parsers.parse(content);
        // Once parsed, a large input's text can go: the page holds what is needed from here on.
        content = null;
        List<Block> blocks = segmenter.segment(page);
        BlockDocument doc = classification().classifier().classify(page, blocks);
        List<Verdict> verdicts = new ArrayList<>(doc.size());
        for (int i = 0; i < doc.size(); i++) {
            verdicts.add(doc.verdict(i));
        }
        return new Result(source.name(), kind, doc.metadata(), doc.blocks(), verdicts, doc.confidence());
    }

    /** Configures a {@link Declutter}; not thread-safe, used once. */
    public static final class Builder {
        private final List<Rule> rules = new ArrayList<>();
        private final Set<Category> keep = new LinkedHashSet<>();
        private long maxBytes = SourceReader.DEFAULT_MAX_BYTES;

        private Builder() {
        }

        /** Adds rules after the built-in ones; a rule with a built-in rule's id replaces it. */
        public Builder addRules(Collection<Rule> more) {
            rules.addAll(more);
            return this;
        }

        /** Keeps the blocks of these categories instead of removing them. */
        public Builder keep(Category... categories) {
            keep.addAll(List.of(categories));
            return this;
        }

        /** Keeps the blocks of these categories instead of removing them. */
        public Builder keep(Collection<Category> categories) {
            keep.addAll(categories);
            return this;
        }

        /**
         * Refuses inputs larger than this many bytes after decompression (default 64 MiB). An input
         * given as a string ({@link Source#ofHtml}, {@link Source#ofText}) is measured in characters,
         * which it holds already decoded.
         */
        public Builder maxBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive");
            }
            this.maxBytes = bytes;
            return this;
        }

        /** Builds the instance. */
        public Declutter build() {
            return new Declutter(this);
        }
    }
}
