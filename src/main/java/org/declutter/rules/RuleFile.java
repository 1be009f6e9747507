package org.declutter.rules;

import java.util.List;

/**
 * A loaded rule file: its rules, and the example documents it names with {@code document:} lines,
 * which {@code declutter rules test} cleans and compares with their expected output.
 *
 * @param name the file's name as given, used in messages
 * @param rules the rules, in file order
 * @param sites the file-level sites (the {@code site:} lines before the first rule)
 * @param documents the example documents, in file order
 */
public record RuleFile(String name, List<Rule> rules, List<String> sites, List<Document> documents) {

    public RuleFile {
        rules = List.copyOf(rules);
        sites = List.copyOf(sites);
        documents = List.copyOf(documents);
    }

    /**
     * An example document named by a {@code document:} line.
     *
     * @param path the document's path as written, relative to the rule file's folder
     * @param line the line of the rule file it is on
     */
    public record Document(String path, int line) {
    }
}
