package org.declutter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.declutter.Declutter;
import org.declutter.Result;
import org.declutter.render.ExplainRenderer;
import org.declutter.render.Format;
import org.declutter.render.Renderer;
import org.declutter.rules.Category;
import org.declutter.rules.Rule;
import org.declutter.rules.RuleFileException;
import org.declutter.rules.RuleSet;
import org.declutter.source.InputException;
import org.declutter.source.MediaKind;
import org.declutter.source.Source;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code declutter} command: cleans each input and writes its article body to standard output
 * or, with {@code -o}, to one file per input.
 */
@Command(name = "declutter", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Reads articles in any format (HTML, plain text, PDF, Word, ...), removes what is not the article "
            + "(navigation, bylines, captions, comment policies, newsletter prompts, footers ...) and writes "
            + "the clean body.",
        "With no FILE, or when FILE is -, reads standard input."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:all inputs cleaned",
        "1:at least one input failed (the others were still cleaned)",
        "2:usage error: bad option, or a rule file that does not load",
        "130:interrupted"},
    subcommands = {RulesCommand.class})
public final class DeclutterCommand implements Callable<Integer> {

    /** The input kinds {@code --type} accepts. */
    enum Type { AUTO, HTML, TEXT, DOCUMENT }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Input files; - or none for standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR",
        description = "Write DIR/<name>.txt (.md, .json) per input instead of standard output; DIR is created.")
    Path outputDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "Output format: text, markdown or json (default: ${DEFAULT-VALUE}).",
        converter = FormatConverter.class)
    Format format = Format.TEXT;

    @Option(names = "--title", description = "Put the headline on top of text and Markdown output.")
    boolean title;

    @Option(names = "--explain", description = "Show every block with its verdict (kept, or removed with category and rule).")
    boolean explain;

    @Option(names = "--rules", paramLabel = "FILE", description = "Add a rule file (repeatable); see docs/rules.md.")
    List<Path> ruleFiles = new ArrayList<>();

    @Option(names = "--keep", paramLabel = "CATEGORY", split = ",",
        description = "Keep blocks of these categories (e.g. caption,byline); see 'declutter rules list'.")
    List<String> keep = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "auto",
        description = "Input type: auto, html, text or document (default: detect from content).",
        converter = TypeConverter.class)
    Type type = Type.AUTO;

    @Option(names = "--url", paramLabel = "URL", description = "The address the input came from (for site rules).")
    String url;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    /** The command line with declutter's exit-code mapping and error handling set up. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new DeclutterCommand());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("declutter: " + ex.getMessage());
            return ExitCodes.INPUT_FAILED;
        });
        return cmd;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Declutter declutter;
        try {
            declutter = build();
        } catch (RuleFileException e) {
            err.println("declutter: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("declutter: " + e.getMessage());
            err.println("Try 'declutter --help' for more information.");
            return ExitCodes.USAGE;
        }
        List<String> inputs = files.isEmpty() ? List.of("-") : files;
        if (outputDir != null) {
            try {
                Files.createDirectories(outputDir);
            } catch (IOException e) {
                err.println("declutter: " + outputDir + ": cannot create output directory: " + e.getMessage());
                return ExitCodes.INPUT_FAILED;
            }
        }
        Renderer renderer = explain ? new ExplainRenderer() : format.renderer(title);
        Set<Path> inputPaths = new LinkedHashSet<>();
        for (String f : inputs) {
            if (!f.equals("-")) {
                inputPaths.add(Path.of(f).toAbsolutePath().normalize());
            }
        }
        Map<Path, String> claimed = new HashMap<>();
        int failures = 0;
        boolean headers = outputDir == null && inputs.size() > 1;
        boolean first = true;
        for (String input : inputs) {
            try {
                Result result = declutter.clean(source(input));
                String rendered = renderer.render(result);
                if (outputDir == null) {
                    if (headers) {
                        out.print((first ? "" : "\n") + "==> " + input + " <==\n");
                    }
                    out.print(rendered);
                    out.flush();
                    first = false;
                } else {
                    write(input, rendered, inputPaths, claimed);
                }
            } catch (InputException | OutputException e) {
                failures++;
                err.println("declutter: " + input + ": " + e.getMessage());
                if (debug) {
                    e.printStackTrace(err);
                }
            }
        }
        err.flush();
        return failures == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    private Declutter build() throws RuleFileException {
        Declutter.Builder builder = Declutter.builder();
        for (Path file : ruleFiles) {
            List<Rule> rules = RuleSet.load(file);
            builder.addRules(rules);
        }
        for (String k : keep) {
            builder.keep(Category.of(k.strip().toLowerCase(Locale.ROOT)));
        }
        return builder.build();
    }

    private Source source(String input) {
        Source source = input.equals("-") ? Source.ofStream("-", System.in) : Source.of(Path.of(input));
        if (type != Type.AUTO) {
            source = source.withKind(MediaKind.valueOf(type.name()));
        }
        return url == null ? source : source.withUrl(url);
    }

    private void write(String input, String rendered, Set<Path> inputPaths, Map<Path, String> claimed)
            throws OutputException {
        String extension = explain ? "explain.txt" : switch (format) {
            case TEXT -> "txt";
            case MARKDOWN -> "md";
            case JSON -> "json";
        };
        String name = OutputNames.of(input.equals("-") ? "stdin" : input, extension);
        Path target = outputDir.resolve(name).toAbsolutePath().normalize();
        if (inputPaths.contains(target)) {
            throw new OutputException("output " + target + " would overwrite an input");
        }
        String previous = claimed.putIfAbsent(target, input);
        if (previous != null) {
            throw new OutputException("output name " + name + " clashes with that of " + previous);
        }
        try {
            AtomicFiles.write(target, rendered);
        } catch (IOException e) {
            throw new OutputException("cannot write " + target + ": " + e.getMessage());
        }
    }

    /** A result that cannot be written where it should go. */
    static final class OutputException extends Exception {
        private static final long serialVersionUID = 1L;

        OutputException(String message) {
            super(message);
        }
    }

    /** Converts {@code --format} values, case-insensitively. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not one of text, markdown, json");
            }
        }
    }

    /** Converts {@code --type} values, case-insensitively. */
    static final class TypeConverter implements CommandLine.ITypeConverter<Type> {
        @Override
        public Type convert(String value) {
            try {
                return Type.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not one of auto, html, text, document");
            }
        }
    }
}
