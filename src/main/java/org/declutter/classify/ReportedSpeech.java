package org.declutter.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.declutter.rules.Category;
import org.declutter.rules.Rule;
import org.declutter.rules.TextPattern;
import org.declutter.segment.Block;

/**
 * Tells a paragraph that reports what someone said from the site's own furniture. A notice never
 * attributes itself: "Subscribe now and lock in the old price, the company's emails urged" and
 * "'Already a subscriber? Log in' is the most-clicked link on a paywall page, said the researcher"
 * quote boilerplate in the course of reporting on it, and a rule that matches them has found the
 * quotation, not the notice. Captions and lists of links are the exceptions: they describe a scene
 * in reported words ("where officials said twelve people were hurt") or quote headlines, and are
 * still captions and links.
 */
final class ReportedSpeech {

    /** Fewer words make a prompt or a label, which may well be followed by who says it. */
    private static final int MIN_WORDS = 15;
    /**
     * Categories whose notices report by nature: a caption describes a scene in reported words, a
     * list of links quotes other stories' headlines ("Residents told to boil water").
     */
    private static final Set<Category> QUOTING = Set.of(Category.of("caption"), Category.of("related"));
    /**
     * Verbs of saying, as reporters attribute words, and what a study found. Not those notices use
     * too: "writes" and "wrote" (author bios: "she previously wrote for..."), "asked" and "warned"
     * ("readers are warned that..."), "according to" ("moderated according to our guidelines"),
     * "found" alone ("If you found this useful..."), "told us" ("readers told us"), "you said";
     * "say", "wrote", "added", "explained" and "read" only as an aside (", experts say,", ", the judge
     * wrote,", ", she added,", ", the notice read,") or "wrote that": notices add things to baskets and
     * explain their offers. And words on a screen or a page quoted as such: an alert reading "...",
     * banners that say "...", the message "...", a policy that read: "...", "...," reads the draft;
     * and what a court heard.
     */
    private static final Pattern ATTRIBUTION = Pattern.compile(
        "(?<!you )(?<!you have )\\bsaid\\b|\\b(says|tells|urged|urges|argued|argues|insisted|insists|admitted|admits"
            + "|recalled|recalls)\\b|\\btold\\b(?! us\\b)|, [^,.]{2,40} (say|wrote|added|explained|read)[,.]|\\bwrote that\\b"
            + "|\\b(study|report|survey|analysis|review|researchers|investigation) found\\b"
            + "|\\breading:? [\"“'‘]|\\b(that|which) (say|says|said|read|reads),? [\"“'‘]"
            + "|\\b(the|a|an|its|their|this|that) ([\\p{L}-]+ )?(message|notice|banner|alert|prompt|pop-up|popup|screen|sign"
            + "|wording)\\s*[-—–:]?\\s*[\"“'‘]"
            + "|\\b(read|reads|say|says|stated|states|wrote|writes)\\s*:\\s*[\"“'‘]|[\"”'’],? (reads|read|says|adds)\\b"
            + "|\\b(court|jury|tribunal|inquiry|committee|hearing|panel) (heard|was told)\\b",
        Pattern.CASE_INSENSITIVE);

    private ReportedSpeech() {
    }

    /**
     * Whether the rule's match in the block is a quotation in a paragraph of reporting. A rule that
     * itself looks for words of saying (a reader's "starts: the mayor said") is taken at its word.
     */
    static boolean quotes(Rule rule, Block block) {
        return block.words() >= MIN_WORDS && !QUOTING.contains(rule.category())
            && ATTRIBUTION.matcher(block.text()).find() && !looksForSaying(rule);
    }

    private static boolean looksForSaying(Rule rule) {
        List<String> tests = new ArrayList<>(rule.phrases());
        tests.addAll(rule.starts());
        tests.addAll(rule.equals());
        for (TextPattern pattern : rule.regexes()) {
            tests.add(pattern.regex());
        }
        for (String test : tests) {
            if (ATTRIBUTION.matcher(test).find()) {
                return true;
            }
        }
        return false;
    }
}
