package org.declutter.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.declutter.Declutter;
import org.declutter.render.ExplainRenderer;
import org.declutter.render.Format;
import org.declutter.render.Renderer;
import org.declutter.rules.Category;
import org.declutter.rules.Rule;
import org.declutter.rules.RuleFileException;
import org.declutter.rules.RuleSet;
import org.declutter.source.ByteSize;
import org.declutter.source.MediaKind;
import org.declutter.source.Source;
import org.declutter.source.SourceReader;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The {@code declutter} command: cleans each input and writes its article body to standard output
 * or, with {@code -o}, to one file per input. Its options are declared in {@link #model()} (see
 * {@link CommandSpecs} for why not by annotations) and copied into the fields below when it runs.
 */
public final class DeclutterCommand implements Callable<Integer> {

    /** The input kinds {@code --type} accepts. */
    enum Type { AUTO, HTML, TEXT, DOCUMENT }

    private CommandSpec spec;

    private List<String> files = List.of();
    private Path outputDir;
    private Format format = Format.TEXT;
    private boolean title;
    private boolean explain;
    private List<Path> ruleFiles = List.of();
    private List<String> keep = List.of();
    private Type type = Type.AUTO;
    private String url;
    private boolean recursive;
    private String filesFrom;
    private boolean nulSeparated;
    private int jobs = Runtime.getRuntime().availableProcessors();
    private boolean jsonl;
    private String idField = "id";
    private String htmlField = "html";
    private String textField = "text";
    private ConfidencePolicy lowConfidence = ConfidencePolicy.KEEP;
    private Path rejected;
    private boolean quiet;
    private boolean verbose;
    private long maxSize = SourceReader.DEFAULT_MAX_BYTES;
    private int timeoutSeconds = 30;
    private boolean debug;

    private final InputStream stdin;

    /** A command that reads standard input from {@code System.in}. */
    public DeclutterCommand() {
        this(System.in);
    }

    /** A command that reads {@code -} from the given stream. */
    public DeclutterCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /**
     * Runs the command on {@code args}, reading {@code -} from {@code stdin}, and returns its exit
     * code. A command line of nothing but input names, the one a shell loop runs for each file, runs
     * without building picocli's model of the command line, about a tenth of such a run's processor
     * time: with no option given every setting keeps its default, which is what picocli reads from
     * such a line too ({@code DeclutterCommandTest} compares the two).
     */
    public static int execute(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
        if (namesOnly(args)) {
            try {
                return ofNames(args, stdin).run(out, err);
            } catch (RuntimeException e) {
                return InternalErrors.report(e, err, false);
            }
        }
        CommandLine cmd = commandLine(new DeclutterCommand(stdin));
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    /** The command that a line of input names alone gives, reading {@code -} from {@code stdin}. */
    static DeclutterCommand ofNames(String[] names, InputStream stdin) {
        DeclutterCommand command = new DeclutterCommand(stdin);
        command.files = List.of(names);
        return command;
    }

    /**
     * Whether picocli would take every argument for an input's name: none is an option (nor
     * {@code -} or {@code --}, left to picocli's rules), a file of arguments ({@code @FILE}) or the
     * {@code rules} subcommand.
     */
    static boolean namesOnly(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("-") || arg.startsWith("@") || arg.equals(RulesCommand.NAME)) {
                return false;
            }
        }
        return true;
    }

    /** The command line with declutter's exit-code mapping and error handling set up. */
    public static CommandLine commandLine() {
        return commandLine(new DeclutterCommand());
    }

    /** The command line of the given command, with declutter's error handling set up. */
    public static CommandLine commandLine(DeclutterCommand command) {
        CommandSpecs.skipUnusedFeatures();
        CommandLine cmd = new CommandLine(command.model());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler(new UsageErrors());
        cmd.setExecutionExceptionHandler(new InternalErrors(command));
        return cmd;
    }

    /*
     * The two handlers below are classes, not lambdas: picocli's handler interfaces are compiled for
     * Java 5, and a lambda over such an interface keeps the interface, its lambda and picocli classes
     * that use it out of the class-data archive, so that every run loads and links them anew.
     */

    /** Reports a usage error in one line, with suggestions for a mistyped option, and exits with 2. */
    private static final class UsageErrors implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("declutter: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    /** Reports a bug that escaped a command in one line (and its stack trace under --debug); exits with 1. */
    private static final class InternalErrors implements CommandLine.IExecutionExceptionHandler {
        private final DeclutterCommand command;

        InternalErrors(DeclutterCommand command) {
            this.command = command;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            return report(ex, commandLine.getErr(), command.value("--debug", false));
        }

        static int report(Exception ex, PrintWriter err, boolean debug) {
            err.println("declutter: internal error: " + ex);
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.INPUT_FAILED;
        }
    }

    /** The command's model: its options, parameters, help sections and the {@code rules} subcommand. */
    private CommandSpec model() {
        spec = CommandSpecs.command(this, "declutter",
            "Reads articles in any format (HTML, plain text, PDF, Word, ...), removes what is not the article "
                + "(navigation, bylines, captions, comment policies, newsletter prompts, footers ...) and writes "
                + "the clean body.",
            "With no FILE, or when FILE is -, reads standard input.");
        spec.usageMessage().sortOptions(false).autoWidth(true)
            .exitCodeListHeading("%nExit codes:%n")
            .exitCodeList(CommandSpecs.exitCodes(
                "0:all inputs cleaned",
                "1:at least one input failed (the others were still cleaned), or standard output could not be written",
                "2:usage error: bad option, or a rule file that does not load",
                "3:no article found in an input, with --low-confidence fail (and no input failed otherwise)",
                "130:interrupted (Ctrl-C); 143 on SIGTERM",
                "141:standard output was closed early (e.g. piped into head): not an error"))
            .footerHeading("%nExamples:%n")
            .footer(
                "  declutter story.html                 the article body of a page, as text",
                "  curl -s URL | declutter --title      standard input, headline on top",
                "  declutter -o clean/ pages/*.html.gz  one clean/<name>.txt per input",
                "  declutter -r -o clean/ site/         every file under site/, into the same folders in clean/",
                "  declutter --jsonl < pages.jsonl      one JSON line per document, in and out",
                "  declutter --explain story.pdf        every block with its verdict and rule",
                "  declutter --rules site.rules a.html  with your own rules (see docs/rules.md)",
                "  declutter rules list                 the categories and rules in force");
        spec.addPositional(PositionalParamSpec.builder().paramLabel("FILE").arity("0..*")
            .type(List.class).auxiliaryTypes(String.class)
            .description("Input files; - or none for standard input.").build());
        spec.addOption(OptionSpec.builder("-o", "--output-dir").paramLabel("DIR").type(Path.class)
            .description("Write DIR/<name>.txt (.md, .json) per input instead of standard output; DIR is created. "
                + "A file found under a directory by -r keeps its folders: site/a/x.html gives DIR/a/x.txt.").build());
        spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class).defaultValue("text")
            .description("Output format: text, markdown or json (default: ${DEFAULT-VALUE}).")
            .converters(new FormatConverter()).completionCandidates(new FormatConverter()).build());
        spec.addOption(flag("--title").description("Put the headline on top of text and Markdown output.").build());
        spec.addOption(flag("--explain")
            .description("Show every block with its verdict (kept, or removed with category and rule).").build());
        spec.addOption(OptionSpec.builder("--rules").paramLabel("FILE").type(List.class).auxiliaryTypes(Path.class)
            .description("Add a rule file (repeatable); see docs/rules.md.").build());
        spec.addOption(OptionSpec.builder("--keep").paramLabel("CATEGORY").type(List.class).auxiliaryTypes(String.class).splitRegex(",")
            .description("Keep blocks of these categories (e.g. caption,byline); see 'declutter rules list'.").build());
        spec.addOption(OptionSpec.builder("--type").paramLabel("TYPE").type(Type.class).defaultValue("auto")
            .description("Input type: auto, html, text or document (default: detect from content).")
            .converters(new TypeConverter()).completionCandidates(new TypeConverter()).build());
        spec.addOption(OptionSpec.builder("--url").paramLabel("URL").type(String.class)
            .description("The address the input came from, http or https (for site rules).").build());
        spec.addOption(flag("-r", "--recursive")
            .description("Clean the files under directories given as inputs (sorted; hidden ones and the -o directory "
                + "skipped).").build());
        spec.addOption(OptionSpec.builder("--files-from").paramLabel("FILE").type(String.class)
            .description("Also clean the inputs named in FILE, one per line; - reads the names from standard input.").build());
        spec.addOption(flag("-0", "--null")
            .description("With --files-from: the names end with a NUL character, as find -print0 writes them, and are "
                + "taken as they are.").build());
        spec.addOption(OptionSpec.builder("-j", "--jobs").paramLabel("N").type(int.class)
            .description("Clean N inputs at a time (default: the number of cores); output order stays the input order.").build());
        spec.addOption(flag("--jsonl")
            .description("Inputs are JSON Lines, one document per line ({\"id\", \"html\"} or {\"id\", \"text\"}); "
                + "write one JSON line per document with its id and body (and all of --format json).").build());
        spec.addOption(OptionSpec.builder("--id-field").paramLabel("NAME").type(String.class).defaultValue("id")
            .description("With --jsonl: the field holding a document's id (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--html-field").paramLabel("NAME").type(String.class).defaultValue("html")
            .description("With --jsonl: the field holding an HTML page (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--text-field").paramLabel("NAME").type(String.class).defaultValue("text")
            .description("With --jsonl: the field holding plain text (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--low-confidence").paramLabel("ACTION").type(ConfidencePolicy.class).defaultValue("keep")
            .description("When no article is found (an index page, a login wall): keep writes the best guess, empty "
                + "writes an empty body, fail writes nothing and exits with 3 (default: ${DEFAULT-VALUE}).")
            .converters(new ConfidencePolicyConverter()).completionCandidates(new ConfidencePolicyConverter()).build());
        spec.addOption(OptionSpec.builder("--rejected").paramLabel("FILE").type(Path.class)
            .description("Also write every removed block to FILE (with -o DIR, - for standard output), one JSON line each: "
                + "source, category, rule, text.").build());
        spec.addOption(flag("-q", "--quiet").description("Print nothing on standard error but errors.").build());
        spec.addOption(flag("-v", "--verbose")
            .description("Print one line per input on standard error: kind, confidence, time, blocks kept and removed.").build());
        spec.addOption(OptionSpec.builder("--max-size").paramLabel("SIZE").type(long.class).defaultValue("64M")
            .description("Refuse an input (with --jsonl, a line) larger than SIZE after decompression, e.g. 64M, 512k "
                + "(default: ${DEFAULT-VALUE}).")
            .converters(new SizeConverter()).build());
        spec.addOption(OptionSpec.builder("--timeout").paramLabel("SECONDS").type(int.class).defaultValue("30")
            .description("Give up on an input after SECONDS (it fails, the others go on); 0: no limit (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(flag("--debug").description("Print stack traces of errors.").build());
        CommandSpecs.addStandardHelpOptions(spec);
        spec.addSubcommand(RulesCommand.NAME, RulesCommand.model());
        return spec;
    }

    /** An option that takes no value: given or not. */
    private static OptionSpec.Builder flag(String... names) {
        return OptionSpec.builder(names).type(boolean.class);
    }

    /** Copies the parsed command line into the fields; options not given keep their defaults. */
    void read() {
        files = CommandSpecs.values(spec.positionalParameters().get(0));
        outputDir = value("--output-dir", outputDir);
        format = value("--format", format);
        title = value("--title", title);
        explain = value("--explain", explain);
        ruleFiles = value("--rules", List.of());
        keep = value("--keep", List.of());
        type = value("--type", type);
        url = value("--url", url);
        recursive = value("--recursive", recursive);
        filesFrom = value("--files-from", filesFrom);
        nulSeparated = value("--null", nulSeparated);
        jobs = value("--jobs", jobs);
        jsonl = value("--jsonl", jsonl);
        idField = value("--id-field", idField);
        htmlField = value("--html-field", htmlField);
        textField = value("--text-field", textField);
        lowConfidence = value("--low-confidence", lowConfidence);
        rejected = value("--rejected", rejected);
        quiet = value("--quiet", quiet);
        verbose = value("--verbose", verbose);
        maxSize = value("--max-size", maxSize);
        timeoutSeconds = value("--timeout", timeoutSeconds);
        debug = value("--debug", debug);
    }

    private <T> T value(String option, T otherwise) {
        OptionSpec declared = spec.findOption(option);
        if (declared == null) {
            // A name read here but missing from the model must fail every run, not keep a default.
            throw new IllegalStateException("the model declares no option " + option);
        }
        return CommandSpecs.value(declared, otherwise);
    }

    @Override
    public Integer call() {
        read();
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the command as its fields say, writing to {@code out} and reporting on {@code err}. */
    private int run(PrintWriter out, PrintWriter err) {
        Declutter declutter;
        try {
            declutter = build();
        } catch (RuleFileException e) {
            err.println("declutter: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("declutter: " + e.getMessage());
            err.println("Try 'declutter --help' for more information.");
            err.flush();
            return ExitCodes.USAGE;
        }
        List<Input> inputs;
        try {
            checkBatchOptions();
            inputs = new InputLister(recursive, stdin, outputDir, nulSeparated).list(files, filesFrom);
        } catch (InputLister.UsageException e) {
            err.println("declutter: " + e.getMessage());
            err.println("Try 'declutter --help' for more information.");
            err.flush();
            return ExitCodes.USAGE;
        }
        Destination destination;
        try {
            destination = jsonl ? null : destination(inputs, out);
        } catch (OutputException e) {
            new ErrorReporter(err, debug).report(outputDir.toString(), e.getMessage(), e);
            return ExitCodes.INPUT_FAILED;
        }
        RejectedLog rejectedLog;
        try {
            rejectedLog = rejected == null ? null
                : rejectedOnStandardOutput() ? RejectedLog.onStandardOutput(out) : RejectedLog.open(rejected);
        } catch (OutputException e) {
            new ErrorReporter(err, debug).report(rejected.toString(), e.getMessage(), e);
            return ExitCodes.INPUT_FAILED;
        }
        Monitor monitor = new Monitor(err, debug, Verbosity.of(quiet, verbose), progress(inputs, err), rejectedLog);
        if (jsonl) {
            JsonlRunner.Fields fields = new JsonlRunner.Fields(idField, htmlField, textField);
            try (InterruptSummary summary = InterruptSummary.ofStream()) {
                new JsonlRunner(declutter, format, title, fields, jobs, lowConfidence, guard())
                    .run(inputs, stdin, maxSize, out, monitor, summary);
            }
            return monitor.finish();
        }
        InputCleaner cleaner = cleaner(declutter);
        try (InterruptSummary summary = InterruptSummary.ofInputs(inputs.size())) {
            new BatchRunner(Math.max(1, Math.min(jobs, inputs.size())), guard()).run(inputs.iterator(),
                cleaner::clean,
                (input, failure) -> Outcome.failed(input.name(), failure),
                (input, outcome) -> {
                    deliver(input, outcome, destination, monitor);
                    summary.done(outcome.ok());
                });
        }
        return monitor.finish();
    }

    /**
     * The progress line: for batches (several inputs, or a JSON Lines stream) when standard error is
     * a terminal that the output does not go to as well, and not under {@code -q}.
     */
    private Progress progress(List<Input> inputs, PrintWriter err) {
        boolean batch = jsonl || inputs.size() > 1;
        // Asked in this order, a one-file run asks nothing of the terminal.
        if (!batch || quiet || outputDir == null && Terminal.stdout() || !Terminal.stderr()) {
            return Progress.off();
        }
        return new Progress(err, jsonl ? 0 : inputs.size(), jsonl ? "documents" : "files", System::nanoTime);
    }

    private void checkBatchOptions() throws InputLister.UsageException {
        if (jobs < 1) {
            throw new InputLister.UsageException("--jobs must be at least 1");
        }
        if (timeoutSeconds < 0) {
            throw new InputLister.UsageException("--timeout must be 0 (no limit) or more seconds");
        }
        if (nulSeparated && filesFrom == null) {
            throw new InputLister.UsageException("-0 goes with --files-from");
        }
        if (outputDir != null && outputDir.toString().isEmpty()) {
            throw new InputLister.UsageException("-o needs a folder's name");
        }
        if (jsonl && (outputDir != null || explain)) {
            throw new InputLister.UsageException("--jsonl writes JSON Lines to standard output; it cannot go with "
                + (explain ? "--explain" : "-o"));
        }
        if (rejectedOnStandardOutput() && outputDir == null) {
            throw new InputLister.UsageException("--rejected - writes to standard output, which is the output's "
                + "without -o DIR");
        }
        if (explain && (format != Format.TEXT || title)) {
            throw new InputLister.UsageException("--explain writes a report of its own; it cannot go with "
                + (title ? "--title" : "--format " + format.name().toLowerCase(Locale.ROOT)));
        }
        if (htmlField.equals(textField)) {
            throw new InputLister.UsageException("--html-field and --text-field name the same field, " + htmlField);
        }
        if (url != null && !isPageAddress(url)) {
            // Site rules would silently not apply: the address stands in for the page's own.
            throw new InputLister.UsageException("--url needs a page's whole address, such as https://example.com/story");
        }
    }

    /** Whether {@code --rejected -} asks for the removed blocks on standard output. */
    private boolean rejectedOnStandardOutput() {
        return rejected != null && rejected.toString().equals(RejectedLog.STDOUT);
    }

    /** Whether a --url is an address a site rule can match: http or https, with a host. */
    private static boolean isPageAddress(String url) {
        try {
            URI uri = URI.create(url.strip());
            return uri.getHost() != null && uri.getScheme() != null
                && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The cleaner of one input, as configured by the options. */
    InputCleaner cleaner(Declutter declutter) {
        Renderer renderer = explain ? new ExplainRenderer() : format.renderer(title);
        return new InputCleaner(declutter, renderer, this::configure, stdin, lowConfidence);
    }

    private DocumentGuard guard() {
        return new DocumentGuard(Duration.ofSeconds(timeoutSeconds));
    }

    /** Where results go: standard output, or {@code -o DIR}. */
    private Destination destination(List<Input> inputs, PrintWriter out) throws OutputException {
        if (outputDir == null) {
            // JSON objects name their source, and headers between them would break JSON Lines.
            boolean headers = inputs.size() > 1 && (explain || format != Format.JSON);
            return new StreamDestination(out, headers);
        }
        return DirectoryDestination.create(outputDir, explain ? "explain.txt" : format.extension(), inputs);
    }

    /** Hands a cleaned input to its destination, or reports its failure. */
    static void deliver(Input input, Outcome outcome, Destination destination, Monitor monitor) {
        if (!outcome.ok()) {
            monitor.failed(outcome.input(), outcome.reason(), outcome.cause(), outcome.code());
            return;
        }
        try {
            destination.deliver(input, outcome.output());
        } catch (OutputException e) {
            monitor.failed(outcome.input(), e.getMessage(), e, ExitCodes.INPUT_FAILED);
            return;
        }
        monitor.cleaned(outcome.input(), outcome.report(), outcome.nanos());
    }

    private Source configure(Source source) {
        Source s = type == Type.AUTO ? source : source.withKind(MediaKind.valueOf(type.name()));
        return url == null ? s : s.withUrl(url);
    }

    private Declutter build() throws RuleFileException {
        Declutter.Builder builder = Declutter.builder().maxBytes(maxSize);
        Set<String> known = new TreeSet<>(Category.BUILT_IN);
        for (Path file : ruleFiles) {
            List<Rule> rules = RuleSet.load(file);
            rules.forEach(r -> known.add(r.category().name()));
            builder.addRules(rules);
        }
        for (String k : keep) {
            String name = k.strip().toLowerCase(Locale.ROOT);
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown category '" + k.strip() + "' in --keep; known: "
                    + String.join(", ", known));
            }
            builder.keep(Category.of(name));
        }
        return builder.build();
    }

    /**
     * Converts the value of an enum option case-insensitively, naming the choices in lower case when
     * it fails; the same lower-case names are what shell completion offers.
     */
    abstract static class LowerCaseEnumConverter<E extends Enum<E>> implements CommandLine.ITypeConverter<E>,
            Iterable<String> {
        private final Class<E> type;

        LowerCaseEnumConverter(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not one of " + String.join(", ", this));
            }
        }

        @Override
        public Iterator<String> iterator() {
            List<String> choices = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                choices.add(constant.name().toLowerCase(Locale.ROOT));
            }
            return choices.iterator();
        }
    }

    /** Converts {@code --max-size} values such as {@code 64M}. */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return ByteSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Converts {@code --format} values. */
    static final class FormatConverter extends LowerCaseEnumConverter<Format> {
        FormatConverter() {
            super(Format.class);
        }
    }

    /** Converts {@code --type} values. */
    static final class TypeConverter extends LowerCaseEnumConverter<Type> {
        TypeConverter() {
            super(Type.class);
        }
    }

    /** Converts {@code --low-confidence} values. */
    static final class ConfidencePolicyConverter extends LowerCaseEnumConverter<ConfidencePolicy> {
        ConfidencePolicyConverter() {
            super(ConfidencePolicy.class);
        }
    }
}
