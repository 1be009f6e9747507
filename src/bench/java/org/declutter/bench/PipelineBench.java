package org.declutter.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.declutter.Declutter;
import org.declutter.classify.BlockDocument;
import org.declutter.classify.Classifier;
import org.declutter.parse.HtmlParser;
import org.declutter.parse.Page;
import org.declutter.render.TextRenderer;
import org.declutter.rules.RuleSet;
import org.declutter.segment.Block;
import org.declutter.segment.Segmenter;
import org.declutter.source.Content;
import org.declutter.source.InputException;
import org.declutter.source.Source;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per page of the pipeline and of its stages, next to the floor of any jsoup-based extractor:
 * jsoup's parse plus the page's text. Each call takes the next page in turn, and sample-time mode
 * times each call, so the median of the samples is the median page.
 *
 * <p>The stage benchmarks run the pipeline up to a stage ({@code parse}, {@code parseSegment},
 * {@code parseSegmentClassify}) on a fresh parse every time, because later stages may change the
 * tree they are given; a stage's own cost is the difference between two of them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PipelineBench {

    private List<Content> pages;
    private int next;
    private final HtmlParser parser = new HtmlParser();
    private final Segmenter segmenter = new Segmenter();
    private final Classifier classifier = new Classifier(RuleSet.builtIn(), java.util.Set.of());
    private final Declutter declutter = Declutter.create();
    private final TextRenderer renderer = new TextRenderer(false);

    /** Loads the pages once per fork. */
    @Setup(Level.Trial)
    public void load() {
        pages = BenchPages.load();
    }

    private Content page() {
        Content page = pages.get(next);
        next = next + 1 == pages.size() ? 0 : next + 1;
        return page;
    }

    /** The floor: jsoup parses the page and takes its text. */
    @Benchmark
    public String jsoupParseText() {
        return Jsoup.parse(page().text()).text();
    }

    /** Parse stage: the page into a DOM (jsoup, with declutter's settings). */
    @Benchmark
    public Page parse() {
        return parser.parse(page());
    }

    /** Parse and segment: the DOM into blocks with their features. */
    @Benchmark
    public List<Block> parseSegment() {
        return segmenter.segment(parser.parse(page()));
    }

    /** Parse, segment and classify: a verdict on every block. */
    @Benchmark
    public BlockDocument parseSegmentClassify() {
        Page p = parser.parse(page());
        return classifier.classify(p, segmenter.segment(p));
    }

    /** The whole pipeline from the decoded page to the rendered text, as the command line runs it. */
    @Benchmark
    public String pipeline() throws InputException {
        Content p = page();
        return renderer.render(declutter.clean(Source.ofHtml(p.name(), p.text())));
    }
}
