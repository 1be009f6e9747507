package org.declutter.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command line's model read for documentation: commands, synopses, option labels,
 * descriptions, exit codes and examples, as the man page and {@code docs/cli.md} print them. Both
 * come from the same picocli model as {@code --help}, so none of the three can drift from the code.
 */
final class CommandDocs {

    private CommandDocs() {
    }

    /** The commands that run on their own: the root and the leaves, not groups such as {@code rules}. */
    static List<CommandSpec> runnable(CommandSpec root) {
        return commands(root).stream().filter(c -> c == root || c.subcommands().isEmpty()).toList();
    }

    /** The command and all its subcommands, depth first. */
    static List<CommandSpec> commands(CommandSpec root) {
        List<CommandSpec> all = new ArrayList<>();
        all.add(root);
        for (picocli.CommandLine sub : root.subcommands().values()) {
            all.addAll(commands(sub.getCommandSpec()));
        }
        return all;
    }

    /** A command's synopsis, e.g. {@code declutter rules list [OPTIONS] [FILE...]}. */
    static String synopsis(CommandSpec command) {
        StringBuilder out = new StringBuilder(command.qualifiedName());
        if (!command.options().isEmpty()) {
            out.append(" [OPTIONS]");
        }
        for (PositionalParamSpec p : command.positionalParameters()) {
            out.append(' ').append(p.arity().min() == 0 ? "[" + label(p) + "]" : label(p));
        }
        return out.toString();
    }

    /**
     * The command's description as paragraphs: {@code --help} prints it line by line, and a line that
     * does not end a sentence goes on in the next one.
     */
    static List<String> description(CommandSpec command) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : command.usageMessage().description()) {
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip());
            if (line.strip().matches(".*[.:!?]$")) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    /** How the option is written: its names and, if it takes a value, its label ({@code -o, --output-dir=DIR}). */
    static String label(OptionSpec option) {
        String names = String.join(", ", option.names());
        if (option.arity().max() == 0) {
            return names;
        }
        String split = option.splitRegexSynopsisLabel().isEmpty() ? option.splitRegex() : option.splitRegexSynopsisLabel();
        String label = option.paramLabel();
        return names + "=" + (split.isEmpty() ? label : label + "[" + split + label + "...]");
    }

    /** How a positional parameter is written ({@code FILE...}). */
    static String label(PositionalParamSpec param) {
        return param.paramLabel() + (param.isMultiValue() ? "..." : "");
    }

    /** The description of an option or parameter, with defaults filled in, as one line. */
    static String description(ArgSpec arg) {
        return String.join(" ", arg.renderedDescription());
    }

    /** The options and parameters that {@code --help} shows, parameters first. */
    static List<ArgSpec> arguments(CommandSpec command) {
        List<ArgSpec> args = new ArrayList<>();
        command.positionalParameters().stream().filter(p -> !p.hidden()).forEach(args::add);
        command.options().stream().filter(o -> !o.hidden()).forEach(args::add);
        return args;
    }

    /** The exit codes {@code --help} lists, code to meaning. */
    static Map<String, String> exitCodes(CommandSpec command) {
        Map<String, String> codes = new LinkedHashMap<>();
        command.usageMessage().exitCodeList().forEach((code, meaning) -> codes.put(code.strip(), meaning.strip()));
        return codes;
    }

    /** The examples at the foot of {@code --help}, each a command line and what it does. */
    static List<String> examples(CommandSpec command) {
        List<String> lines = new ArrayList<>();
        for (String line : command.usageMessage().footer()) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
