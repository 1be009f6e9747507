package org.declutter.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.declutter.segment.Block;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * One rule of a rule set: which blocks it matches, where in the document it applies, and what it
 * does to them. Built by {@link RuleFileParser} from a rule file.
 *
 * <p>A block matches when its text matches one of the rule's text tests (phrase, start, whole text,
 * regular expression) and, if the rule has structural tests (a CSS selector, class or id words),
 * the block's element or an ancestor passes them too. A rule with only structural tests matches on
 * structure alone. Blocks longer than {@link #maxWords()} never match, so an article paragraph that
 * happens to mention a newsletter is safe.
 *
 * @param id unique id, conventionally {@code category.what-it-matches}
 * @param category the kind of boilerplate this rule finds
 * @param phrases phrases that may occur anywhere in the text, at word boundaries (normalised)
 * @param starts phrases the text may start with (normalised)
 * @param equals whole texts (normalised)
 * @param regexes RE2 patterns searched in the normalised text, each compiled on first use
 * @param selector a CSS selector the block's element or an ancestor must match, or {@code null}
 * @param selectorText the selector as written, for messages, or {@code null}
 * @param classNames class or id names, each split into its class words ({@code podcast-promo} gives
 *     {@code podcast, promo}); the block's element and its ancestors must carry all the words of one name
 * @param where the part of the document the rule applies to
 * @param maxWords the longest block, in words, the rule may match
 * @param action what happens to a matching block
 * @param sites the sites the rule is limited to (host names, subdomains included); empty for all
 * @param examples texts that must and must not match, checked by the test suite and {@code rules test}
 * @param origin where the rule was defined, {@code file:line}
 */
public record Rule(String id, Category category, List<String> phrases, List<String> starts, List<String> equals,
                   List<TextPattern> regexes, Evaluator selector, String selectorText, List<List<String>> classNames,
                   Where where, int maxWords, Action action, List<String> sites, List<Example> examples,
                   String origin) {

    /** The part of a document a rule looks at. */
    public enum Where {
        /** Any block. */
        ANY,
        /** Blocks before the article's first paragraph of running prose. */
        HEAD,
        /**
         * The article's last paragraph of running prose and the blocks after it: an author's bio at the
         * end is often a paragraph of prose itself.
         */
        TAIL
    }

    /** What a rule does to a matching block. */
    public enum Action {
        /** Remove the block. */
        DROP,
        /** Remove the block and every block after it (comment sections, "related stories" tails). */
        DROP_REST
    }

    /**
     * A text that must (or must not) match the rule.
     *
     * @param text the example block's text, or an HTML fragment when it starts with {@code <}
     * @param mustMatch whether the rule has to match it
     * @param line the line of the rule file it is on
     */
    public record Example(String text, boolean mustMatch, int line) {
    }

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        phrases = List.copyOf(phrases);
        starts = List.copyOf(starts);
        equals = List.copyOf(equals);
        regexes = List.copyOf(regexes);
        List<List<String>> names = new ArrayList<>(classNames.size());
        for (List<String> name : classNames) {
            names.add(List.copyOf(name));
        }
        classNames = List.copyOf(names);
        sites = List.copyOf(sites);
        examples = List.copyOf(examples);
    }

    /** Whether the rule has any test on the block's text. */
    public boolean hasTextTests() {
        return !phrases.isEmpty() || !starts.isEmpty() || !equals.isEmpty() || !regexes.isEmpty();
    }

    /**
     * Whether the rule's match depends on the block's text and word count alone, not on its
     * element: no selector, no class names.
     */
    public boolean looksAtTextOnly() {
        return selector == null && classNames.isEmpty();
    }

    /** Whether the rule applies on this site ({@code null} when the site is unknown). */
    public boolean appliesTo(String host) {
        if (sites.isEmpty()) {
            return true;
        }
        if (host == null) {
            return false;
        }
        for (String site : sites) {
            if (host.equals(site) || host.endsWith("." + site)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the block matches, given its text in the {@link RuleText form rules look at}.
     * Structural tests look at the block's element and its ancestors up to, not including,
     * {@code boundary} (the article's root, so that the article's own wrapper classes do not
     * count; {@code null} for the whole tree), whose class and id words the caller passes in.
     * Position ({@link #where()}) and site are checked by the caller, which knows the document.
     */
    public boolean matches(Block block, RuleText text, Set<String> localClassWords, Element boundary) {
        return matches(block, text, localClassWords, boundary, null, 0);
    }

    /**
     * {@link #matches(Block, RuleText, Set, Element)}, trying only the patterns whose bits are set in
     * {@code patterns} from {@code first} on (the k-th at {@code first + k}); all when it is null.
     */
    boolean matches(Block block, RuleText text, Set<String> localClassWords, Element boundary, BitSet patterns,
                    int first) {
        if (block.words() > maxWords) {
            return false;
        }
        if (hasTextTests() && !matchesText(text, patterns, first)) {
            return false;
        }
        return matchesStructure(block.element(), localClassWords, boundary);
    }

    private boolean matchesText(RuleText ruleText, BitSet patterns, int first) {
        String text = ruleText.normalized();
        for (String e : equals) {
            if (text.equals(e)) {
                return true;
            }
        }
        for (String s : starts) {
            if (text.startsWith(s) && boundaryAt(text, s.length())) {
                return true;
            }
        }
        for (String p : phrases) {
            if (containsPhrase(text, p)) {
                return true;
            }
        }
        for (int k = 0; k < regexes.size(); k++) {
            if ((patterns == null || patterns.get(first + k)) && regexes.get(k).find(ruleText)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesStructure(Element element, Set<String> blockClassWords, Element boundary) {
        if (selector != null && !matchesSelector(element, boundary)) {
            return false;
        }
        if (classNames.isEmpty()) {
            return true;
        }
        for (List<String> name : classNames) {
            if (blockClassWords.containsAll(name)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesSelector(Element element, Element boundary) {
        for (Element e = element; e != null && e != boundary; e = e.parent()) {
            if (e.is(selector)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsPhrase(String text, String phrase) {
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            if (boundaryAt(text, at) && boundaryAt(text, at + phrase.length())) {
                return true;
            }
            from = at + 1;
        }
    }

    /** A word boundary: the text's start or end, or a letter or digit on one side only. */
    private static boolean boundaryAt(String text, int i) {
        if (i <= 0 || i >= text.length()) {
            return true;
        }
        return !(Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i)));
    }
}
