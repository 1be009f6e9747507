package org.declutter.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.declutter.Declutter;
import org.declutter.render.Format;
import org.declutter.render.Renderer;
import org.declutter.rules.RuleFile;
import org.declutter.source.InputException;
import org.declutter.source.Source;

/**
 * Checks the example documents a rule file names ({@code document: page.html}): each is cleaned
 * with the built-in rules plus the file's rules, as if it came from the file's first site, and its
 * text output must equal {@code page.expected.txt} beside it.
 */
final class DocumentExamples {

    private static final String EXPECTED_EXTENSION = "expected.txt";

    private DocumentExamples() {
    }

    /** Checks the documents of a rule file read from {@code ruleFile}; one line per failure. */
    static List<String> check(Path ruleFile, RuleFile file) {
        if (file.documents().isEmpty()) {
            return List.of();
        }
        Declutter declutter = Declutter.builder().addRules(file.rules()).build();
        Renderer text = Format.TEXT.renderer(false);
        Path dir = ruleFile.toAbsolutePath().getParent();
        String url = file.sites().isEmpty() ? null : "https://" + file.sites().get(0) + "/";
        List<String> failures = new ArrayList<>();
        for (RuleFile.Document doc : file.documents()) {
            String where = file.name() + ":" + doc.line() + ": document " + doc.path() + ": ";
            Path input = dir.resolve(doc.path());
            Path expected = input.resolveSibling(OutputNames.of(doc.path(), EXPECTED_EXTENSION));
            try {
                Source source = url == null ? Source.of(input) : Source.of(input).withUrl(url);
                String actual = text.render(declutter.clean(source));
                String wanted = Files.readString(expected, StandardCharsets.UTF_8);
                if (!actual.equals(wanted)) {
                    failures.add(where + difference(wanted, actual, expected.getFileName().toString()));
                }
            } catch (InputException e) {
                failures.add(where + e.getMessage());
            } catch (IOException e) {
                failures.add(where + "cannot read " + expected.getFileName());
            }
        }
        return failures;
    }

    /** Names the first line where the output departs from what was expected. */
    private static String difference(String wanted, String actual, String expectedName) {
        String[] w = wanted.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < w.length && i < a.length && w[i].equals(a[i])) {
            i++;
        }
        return "output differs from " + expectedName + " at line " + (i + 1) + ": expected "
            + quoted(w, i) + ", got " + quoted(a, i);
    }

    private static String quoted(String[] lines, int i) {
        return i < lines.length ? "\"" + lines[i] + "\"" : "end of output";
    }
}
