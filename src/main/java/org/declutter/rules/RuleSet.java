package org.declutter.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ordered, immutable collection of rules: the built-in sets, one resource file per category,
 * plus any files the user adds. A user rule with the id of an earlier rule replaces it.
 */
public final class RuleSet {

    private static final String BUILT_IN_DIR = "/org/declutter/rules/";
    private static final String BUILT_IN_INDEX = BUILT_IN_DIR + "builtin.list";

    private final List<Rule> rules;
    private final RuleIndex index;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.index = RuleIndex.of(this.rules);
    }

    /** A rule set of the given rules, in order. */
    public static RuleSet of(List<Rule> rules) {
        return new RuleSet(rules);
    }

    /** The rule sets that ship with declutter. */
    public static RuleSet builtIn() {
        return BuiltIn.SET;
    }

    /** Reads a user's rule file. */
    public static List<Rule> load(Path file) throws RuleFileException {
        return loadFile(file).rules();
    }

    /** Reads a user's rule file with its example documents. */
    public static RuleFile loadFile(Path file) throws RuleFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new RuleFileException(file.toString(), "not UTF-8 text", e);
        } catch (IOException e) {
            throw new RuleFileException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        return RuleFileParser.parseFile(file.toString(), text);
    }

    /** This set with more rules; a rule whose id is already present replaces the old one in place. */
    public RuleSet with(Collection<Rule> more) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : rules) {
            byId.put(r.id(), r);
        }
        for (Rule r : more) {
            byId.put(r.id(), r);
        }
        return new RuleSet(new ArrayList<>(byId.values()));
    }

    /** This set without the rules of the given categories. */
    public RuleSet without(Set<Category> categories) {
        return new RuleSet(rules.stream().filter(r -> !categories.contains(r.category())).toList());
    }

    /** The rules, in order. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The index of {@link #rules()}, by position: one per set, so that every filter that asks it
     * about a block shares what it found.
     */
    public RuleIndex index() {
        return index;
    }

    /**
     * The built-in rules parsed from their files, the files in the order the index lists them;
     * runs use the {@link RuleTable table} the build makes of them.
     */
    static List<Rule> parsedBuiltIn() {
        List<Rule> all = new ArrayList<>();
        for (String name : resource(BUILT_IN_INDEX).lines().toList()) {
            String file = name.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            try {
                all.addAll(RuleFileParser.parseBuiltIn(file, resource(BUILT_IN_DIR + file)));
            } catch (RuleFileException e) {
                throw new IllegalStateException("built-in rule file is broken: " + e.getMessage(), e);
            }
        }
        return all;
    }

    private static String resource(String path) {
        try (InputStream in = RuleSet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + path, e);
        }
    }

    /** Loads the built-in set once, on first use: from the build's table, or else from the files. */
    private static final class BuiltIn {
        static final RuleSet SET = load();

        private static RuleSet load() {
            List<Rule> stored = RuleTable.stored();
            return new RuleSet(stored != null ? stored : parsedBuiltIn());
        }
    }
}
