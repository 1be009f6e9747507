package org.declutter.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Helpers for declaring declutter's commands through picocli's programmatic model rather than its
 * annotations. Reading annotations costs a one-file run tens of milliseconds before any work: each
 * annotation type becomes a proxy class generated at run time, and every field and method of each
 * command is scanned. A model built by calls costs a fraction of that and reads the same in
 * {@code --help}, the man page and shell completion.
 */
final class CommandSpecs {

    /** picocli's system property: regular expressions of the types whose built-in converters it leaves out. */
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    /** picocli's system property: whether it gives up on Groovy closures as option values. */
    private static final String NO_CLOSURES = "picocli.disable.closures";

    private CommandSpecs() {
    }

    /**
     * Tells picocli to skip what declutter's commands do not use and a one-file run would pay for:
     * <ul>
     *   <li>its converters for {@code java.sql} and {@code java.time} types, which no option takes:
     *       registering them loads and initialises some sixty classes of the JDK (date-time
     *       formatters among them) in every command line built;</li>
     *   <li>Groovy closures: to support them picocli asks the class loader for Groovy's closure
     *       class, which is in neither of declutter's jars, and a miss makes Java open the
     *       documents jar and index its some 31 000 entries (10-15 ms of a run that cleans HTML
     *       or text, which never needs that jar).</li>
     * </ul>
     * Call it before the first {@code CommandLine} is made; a user's own setting of either property
     * wins.
     */
    static void skipUnusedFeatures() {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.sql\\..*,java\\.time\\..*");
        }
        if (System.getProperty(NO_CLOSURES) == null) {
            System.setProperty(NO_CLOSURES, "true");
        }
    }

    /**
     * The model of a command that {@code userObject} runs, with {@code -h/--help} and
     * {@code -V/--version} as the last options (where picocli's standard help options go).
     */
    static CommandSpec command(Object userObject, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject).name(name).versionProvider(new VersionProvider());
        spec.usageMessage().description(description);
        return spec;
    }

    /** Adds {@code -h/--help} and {@code -V/--version}; call it after the command's own options. */
    static void addStandardHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
            .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
            .description("Print version information and exit.").build());
    }

    /** Exit codes and their meanings, as {@code "code:meaning"} lines, in order. */
    static Map<String, String> exitCodes(String... lines) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            codes.put(line.substring(0, colon), line.substring(colon + 1));
        }
        return codes;
    }

    /** The parsed value of an option or parameter, or {@code otherwise} when it has none. */
    static <T> T value(ArgSpec arg, T otherwise) {
        T value = arg.getValue();
        return value == null ? otherwise : value;
    }

    /** The values of a repeatable option or parameter; empty when none were given. */
    static <T> List<T> values(ArgSpec arg) {
        return value(arg, List.of());
    }
}
