package org.declutter.rules;

import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.declutter.segment.ClassWords;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Reads the rule file format documented in {@code docs/rules.md}: sections headed {@code [rule-id]},
 * each a list of {@code key: value} lines; {@code #} starts a comment line. Before the first
 * section, {@code category:} and {@code site:} set defaults for the whole file, and {@code document:}
 * names an example document.
 */
public final class RuleFileParser {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final int DEFAULT_MAX_WORDS = 80;
    /** The keys a rule may have, in the order the documentation lists them. */
    static final List<String> KEYS = List.of("category", "phrase", "starts", "equals", "regex", "selector", "class",
        "where", "action", "max-words", "site", "drop", "keep");

    private RuleFileParser() {
    }

    /** Parses a rule file's text; {@code file} names it in error messages and rule origins. */
    public static List<Rule> parse(String file, String text) throws RuleFileException {
        return parseFile(file, text).rules();
    }

    /** Parses a rule file's text into its rules and its example documents. */
    public static RuleFile parseFile(String file, String text) throws RuleFileException {
        State state = new State(file, false);
        List<Rule> rules = state.parse(text);
        return new RuleFile(file, rules, state.defaultSites, state.documents);
    }

    /**
     * Parses a built-in rule file, whose regular expressions are compiled when first needed rather
     * than checked now: the test suite compiles every one of them.
     */
    static List<Rule> parseBuiltIn(String file, String text) throws RuleFileException {
        return new State(file, true).parse(text);
    }

    /** The rule being read and the file-level defaults. */
    private static final class State {
        private final String file;
        /** Whether the file is built in, its patterns trusted; a user's file has its patterns checked. */
        private final boolean builtIn;
        private final List<Rule> rules = new ArrayList<>();
        private final Set<String> ids = new LinkedHashSet<>();
        private String defaultCategory;
        private final List<String> defaultSites = new ArrayList<>();
        private final List<RuleFile.Document> documents = new ArrayList<>();
        private Draft draft;

        State(String file, boolean builtIn) {
            this.file = file;
            this.builtIn = builtIn;
        }

        List<Rule> parse(String text) throws RuleFileException {
            // String.lines rather than a regular expression: at start-up, when this runs in the
            // interpreter, splitting by regular expression was most of the time spent loading rules.
            Iterator<String> lines = text.lines().iterator();
            for (int number = 1; lines.hasNext(); number++) {
                line(lines.next(), number);
            }
            finish();
            return rules;
        }

        private void line(String raw, int number) throws RuleFileException {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            int indent = raw.indexOf(line.charAt(0)) + 1;
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw new RuleFileException(file, number, indent + line.length(), "expected ']' to close the rule id");
                }
                finish();
                String id = line.substring(1, line.length() - 1).strip();
                if (!ID.matcher(id).matches()) {
                    throw new RuleFileException(file, number, indent + 1,
                        "rule id '" + id + "' must be lower-case words joined by dots or dashes");
                }
                if (!ids.add(id)) {
                    throw new RuleFileException(file, number, indent + 1, "rule id '" + id + "' is defined twice");
                }
                draft = new Draft(id, number);
                return;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new RuleFileException(file, number, indent, "expected 'key: value' or '[rule-id]'");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            int valueColumn = indent + colon + 1 + (line.length() - colon - 1 - line.substring(colon + 1).stripLeading().length());
            if (value.isEmpty()) {
                throw new RuleFileException(file, number, valueColumn, "'" + key + "' needs a value");
            }
            if (draft == null) {
                fileDefault(key, value, number, indent, valueColumn);
            } else {
                draft.set(key, value, number, indent, valueColumn);
            }
        }

        private void fileDefault(String key, String value, int number, int column, int valueColumn) throws RuleFileException {
            switch (key) {
                case "category" -> defaultCategory = category(value, number, valueColumn);
                case "site" -> defaultSites.addAll(sites(value));
                case "document" -> documents.add(new RuleFile.Document(value, number));
                default -> throw new RuleFileException(file, number, column, "'" + key
                    + "' must be inside a rule; only 'category', 'site' and 'document' may come before the first [rule-id]");
            }
        }

        private String category(String value, int number, int column) throws RuleFileException {
            try {
                return Category.of(value).name();
            } catch (IllegalArgumentException e) {
                throw new RuleFileException(file, number, column, e.getMessage());
            }
        }

        private void finish() throws RuleFileException {
            if (draft != null) {
                rules.add(draft.build());
                draft = null;
            }
        }

        /** The keys read so far for one rule. */
        private final class Draft {
            final String id;
            final int line;
            String category;
            final List<String> phrases = new ArrayList<>();
            final List<String> starts = new ArrayList<>();
            final List<String> equals = new ArrayList<>();
            final List<TextPattern> regexes = new ArrayList<>();
            Evaluator selector;
            String selectorText;
            final List<List<String>> classNames = new ArrayList<>();
            Rule.Where where = Rule.Where.ANY;
            int maxWords = DEFAULT_MAX_WORDS;
            Rule.Action action = Rule.Action.DROP;
            final List<String> sites = new ArrayList<>();
            final List<Rule.Example> examples = new ArrayList<>();

            Draft(String id, int line) {
                this.id = id;
                this.line = line;
            }

            void set(String key, String value, int number, int keyColumn, int valueColumn) throws RuleFileException {
                switch (key) {
                    case "category" -> category = category(value, number, valueColumn);
                    case "phrase" -> phrases.add(TextNormalizer.normalize(value));
                    case "starts" -> starts.add(TextNormalizer.normalize(value));
                    case "equals" -> equals.add(TextNormalizer.normalize(value));
                    case "regex" -> regexes.add(regex(value, number, valueColumn));
                    case "selector" -> selector(value, number, valueColumn);
                    case "class" -> classNames(value, number, valueColumn);
                    case "where" -> where = enumValue(Rule.Where.class, value, number, valueColumn);
                    case "action" -> action = enumValue(Rule.Action.class, value, number, valueColumn);
                    case "max-words" -> maxWords = maxWords(value, number, valueColumn);
                    case "site" -> sites.addAll(sites(value));
                    case "drop" -> examples.add(new Rule.Example(value, true, number));
                    case "keep" -> examples.add(new Rule.Example(value, false, number));
                    default -> throw new RuleFileException(file, number, keyColumn, "unknown key '" + key
                        + "' (known: " + String.join(", ", KEYS) + ")");
                }
            }

            private TextPattern regex(String value, int number, int column) throws RuleFileException {
                if (builtIn) {
                    return TextPattern.trusted(value, null);
                }
                try {
                    return TextPattern.compile(value);
                } catch (PatternSyntaxException e) {
                    throw new RuleFileException(file, number, column, "invalid regular expression (RE2 syntax): "
                        + e.getDescription());
                }
            }

            private void selector(String value, int number, int column) throws RuleFileException {
                try {
                    selector = QueryParser.parse(value);
                    selectorText = value;
                } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                    throw new RuleFileException(file, number, column, "invalid CSS selector: " + e.getMessage());
                }
            }

            private void classNames(String value, int number, int column) throws RuleFileException {
                for (String name : value.split("[\\s,]+")) {
                    // Split the way the segmenter splits page classes, so that both sides agree on words.
                    List<String> words = ClassWords.of(new Element("div").attr("class", name));
                    if (words.isEmpty()) {
                        throw new RuleFileException(file, number, column, "'" + name + "' is not a class or id name");
                    }
                    classNames.add(words);
                }
            }

            private int maxWords(String value, int number, int column) throws RuleFileException {
                if (value.equalsIgnoreCase("any")) {
                    return Integer.MAX_VALUE;
                }
                try {
                    int n = Integer.parseInt(value);
                    if (n > 0) {
                        return n;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new RuleFileException(file, number, column, "max-words takes a positive whole number or 'any'");
            }

            private <E extends Enum<E>> E enumValue(Class<E> type, String value, int number, int column)
                    throws RuleFileException {
                String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(name)) {
                        return constant;
                    }
                }
                List<String> allowed = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    allowed.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                }
                throw new RuleFileException(file, number, column, "'" + value + "' is not one of " + String.join(", ", allowed));
            }

            Rule build() throws RuleFileException {
                String cat = category != null ? category : defaultCategory != null ? defaultCategory : categoryFromId();
                boolean hasTest = !phrases.isEmpty() || !starts.isEmpty() || !equals.isEmpty() || !regexes.isEmpty()
                    || selector != null || !classNames.isEmpty();
                if (!hasTest) {
                    throw new RuleFileException(file, line, 1, "rule '" + id
                        + "' matches nothing: give it a phrase, starts, equals, regex, selector or class");
                }
                List<String> ruleSites = sites.isEmpty() ? defaultSites : sites;
                return new Rule(id, Category.of(cat), phrases, starts, equals, regexes, selector, selectorText,
                    classNames, where, maxWords, action, ruleSites, examples, file + ":" + line);
            }

            private String categoryFromId() throws RuleFileException {
                int dot = id.indexOf('.');
                if (dot < 0) {
                    throw new RuleFileException(file, line, 2, "rule '" + id
                        + "' needs a category: a 'category:' line, or an id of the form category.name");
                }
                return category(id.substring(0, dot), line, 2);
            }
        }

        private static List<String> sites(String value) {
            List<String> out = new ArrayList<>();
            for (String s : value.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
                String site = s.startsWith("www.") ? s.substring(4) : s;
                if (!site.isEmpty()) {
                    out.add(site);
                }
            }
            return out;
        }
    }
}
