package org.declutter.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.declutter.Declutter;
import org.declutter.render.Format;
import org.declutter.rules.Rule;
import org.declutter.rules.RuleFile;
import org.declutter.source.InputException;
import org.declutter.source.Source;

/**
 * Checks the example pages of a rule file ({@code example: NAME.html} before its first rule): each
 * page, cleaned as text with the built-in rules plus the file's, must give exactly the text in
 * {@code NAME.expected.txt} beside it. A site rule file's pages are cleaned as if they came from its
 * first site, so its rules apply to them.
 */
final class ExamplePages {

    private ExamplePages() {
    }

    /** The failures of the file's example pages, one line each; none when all pass. */
    static List<String> check(Path ruleFile, RuleFile file) {
        List<String> failures = new ArrayList<>();
        if (file.pages().isEmpty()) {
            return failures;
        }
        Declutter declutter = Declutter.builder().addRules(file.rules()).build();
        String url = url(file);
        for (RuleFile.Page page : file.pages()) {
            Path input = ruleFile.resolveSibling(page.path());
            Path expected = expected(input);
            String where = ruleFile + ":" + page.line() + ": example " + page.path() + ": ";
            String wanted;
            try {
                wanted = Files.readString(expected, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                failures.add(where + "no " + expected.getFileName() + " beside it; write it with: declutter --rules "
                    + ruleFile + (url == null ? "" : " --url " + url) + " " + input + " > " + expected);
                continue;
            } catch (IOException e) {
                failures.add(where + "cannot read " + expected + ": " + IoReasons.of(e));
                continue;
            }
            try {
                Source source = url == null ? Source.of(input) : Source.of(input).withUrl(url);
                String got = Format.TEXT.renderer(false).render(declutter.clean(source));
                if (!got.equals(wanted)) {
                    failures.add(where + "output differs from " + expected.getFileName() + " " + firstDifference(wanted, got));
                }
            } catch (InputException e) {
                failures.add(where + e.getMessage());
            }
        }
        return failures;
    }

    /** The address the file's pages are cleaned as: its first site, or no address for a file without one. */
    private static String url(RuleFile file) {
        List<String> sites = new ArrayList<>(file.sites());
        file.rules().stream().map(Rule::sites).forEach(sites::addAll);
        return sites.isEmpty() ? null : "https://" + sites.get(0) + "/";
    }

    /** {@code NAME.expected.txt} beside {@code NAME.EXT}: the name up to its first dot, as test cases are named. */
    static Path expected(Path page) {
        String name = page.getFileName().toString();
        int dot = name.indexOf('.');
        return page.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".expected.txt");
    }

    /** Where two texts part, as {@code at line N: expected "..." but got "..."}. */
    private static String firstDifference(String wanted, String got) {
        String[] a = wanted.split("\n", -1);
        String[] b = got.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(end)";
            String y = i < b.length ? b[i] : "(end)";
            if (!x.equals(y)) {
                return "at line " + (i + 1) + ": expected \"" + x + "\" but got \"" + y + "\"";
            }
        }
        return "";
    }
}
