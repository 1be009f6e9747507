package org.declutter.classify;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.declutter.rules.Rule;
import org.declutter.rules.RuleSet;
import org.declutter.rules.RuleText;
import org.declutter.segment.Block;
import org.declutter.segment.ClassWords;
import org.jsoup.nodes.Element;

/**
 * Applies the rule sets to the blocks still kept: the first rule that matches a block decides it.
 * A {@code drop-rest} rule also removes every block after the match. Rules limited to a site apply
 * only when the page's address (given, canonical or {@code og:url}) is on that site.
 */
final class RuleFilter implements BlockFilter {

    /** Where a page gives its own address; both are landmarks, so no walk of the whole tree is needed. */
    private static final Landmarks.Query PAGE_ADDRESS =
        Landmarks.Query.of("link[rel=canonical][href], meta[property=og:url][content]");

    private final RuleSet rules;

    RuleFilter(RuleSet rules) {
        this.rules = rules;
    }

    @Override
    public void apply(BlockDocument doc) {
        String host = host(doc);
        List<Rule> active = rules.rules().stream().filter(r -> r.appliesTo(host)).toList();
        // Most article paragraphs are longer than any rule may match: they need no normalising.
        int maxWords = active.stream().mapToInt(Rule::maxWords).max().orElse(-1);
        int firstProse = doc.firstProse();
        int lastProse = doc.lastProse();
        Element boundary = doc.articleRoot();
        for (int i = 0; i < doc.size(); i++) {
            Block b = doc.block(i);
            if (!doc.kept(i) || b.words() > maxWords) {
                continue;
            }
            RuleText text = RuleText.of(b.text());
            Set<String> words = doc.page().markup() ? ClassWords.below(b.element(), boundary) : Set.of();
            for (Rule rule : active) {
                if (!inPlace(rule.where(), i, firstProse, lastProse) || !rule.matches(b, text, words, boundary)) {
                    continue;
                }
                Verdict verdict = Verdict.removed(rule.category(), rule.id());
                doc.set(i, verdict);
                if (rule.action() == Rule.Action.DROP_REST) {
                    for (int j = i + 1; j < doc.size(); j++) {
                        if (doc.kept(j)) {
                            doc.set(j, verdict);
                        }
                    }
                    return;
                }
                break;
            }
        }
    }

    private static boolean inPlace(Rule.Where where, int i, int firstProse, int lastProse) {
        return switch (where) {
            case ANY -> true;
            case HEAD -> i < firstProse;
            case TAIL -> i > lastProse;
        };
    }

    private static String host(BlockDocument doc) {
        String url = doc.page().url();
        if (url == null && doc.page().markup()) {
            Element canonical = doc.landmarks().first(PAGE_ADDRESS);
            if (canonical != null) {
                url = canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
            }
        }
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
