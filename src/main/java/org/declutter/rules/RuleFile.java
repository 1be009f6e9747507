package org.declutter.rules;

import java.util.List;

/**
 * A rule file as read: its rules, the sites its file-level {@code site:} line scopes them to, and
 * the example pages its file-level {@code example:} lines name, which {@code declutter rules test}
 * cleans and compares with their expected output.
 *
 * @param rules the rules, in file order
 * @param sites the file-level sites, empty when the file is not scoped to a site
 * @param pages the example pages, in file order
 */
public record RuleFile(List<Rule> rules, List<String> sites, List<Page> pages) {

    /**
     * An example page of a rule file.
     *
     * @param path the page's path as written, relative to the rule file's folder
     * @param line the line of the rule file it is named on
     */
    public record Page(String path, int line) {
    }

    /** Copies the lists. */
    public RuleFile {
        rules = List.copyOf(rules);
        sites = List.copyOf(sites);
        pages = List.copyOf(pages);
    }
}
