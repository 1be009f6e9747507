package org.declutter.rules;

import java.util.ArrayList;
import java.util.List;
import org.declutter.parse.Page;
import org.declutter.segment.Block;
import org.declutter.segment.ClassWords;
import org.declutter.segment.Segmenter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Runs the examples that rules carry: every {@code drop:} example must match its rule and every
 * {@code keep:} example must not. An example that starts with {@code <} is an HTML fragment, whose
 * first block is tested with the fragment's markup; any other example is a plain paragraph.
 */
public final class ExampleChecker {

    /**
     * An example whose outcome differs from what its rule promises.
     *
     * @param rule the rule
     * @param example the example
     */
    public record Failure(Rule rule, Rule.Example example) {

        /** A one-line report: {@code origin-file:line: rule-id: should drop|keep "text"}. */
        public String describe() {
            String file = rule.origin().substring(0, rule.origin().lastIndexOf(':'));
            String expected = example.mustMatch() ? "should drop but keeps" : "should keep but drops";
            return file + ":" + example.line() + ": " + rule.id() + ": " + expected + " \"" + example.text() + "\"";
        }
    }

    private final Segmenter segmenter = new Segmenter();

    /** Checks the examples of all rules; returns the failures, none when all pass. */
    public List<Failure> check(List<Rule> rules) {
        List<Failure> failures = new ArrayList<>();
        for (Rule rule : rules) {
            for (Rule.Example example : rule.examples()) {
                if (matches(rule, example.text()) != example.mustMatch()) {
                    failures.add(new Failure(rule, example));
                }
            }
        }
        return failures;
    }

    /** Whether a rule matches an example text, ignoring where in a document the rule applies. */
    public boolean matches(Rule rule, String example) {
        Document dom;
        if (example.startsWith("<")) {
            dom = Jsoup.parseBodyFragment(example);
        } else {
            dom = Document.createShell("");
            dom.body().appendElement("p").text(example);
        }
        List<Block> blocks = segmenter.segment(new Page("example", dom, example.startsWith("<"), null));
        if (blocks.isEmpty()) {
            return false;
        }
        Block block = blocks.get(0);
        return rule.matches(block, RuleText.of(block.text()), ClassWords.below(block.element(), null), null);
    }
}
