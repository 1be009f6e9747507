package org.declutter.cli;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the man page, {@code declutter.1} in roff, from the command line's model: synopsis,
 * description, options, commands, exit status and examples. Written here rather than through
 * picocli's AsciiDoc generator so that no AsciiDoc tool is needed to build it.
 */
final class ManPage {

    /** The one-line summary on the NAME line. */
    static final String SUMMARY = "remove boilerplate from articles in any format and write the clean body";

    private ManPage() {
    }

    /** The man page of the command and its subcommands. */
    static String roff(CommandSpec root) {
        String name = root.name();
        StringBuilder out = new StringBuilder();
        out.append(".TH ").append(name.toUpperCase(Locale.ROOT)).append(" 1 \"\" \"")
            .append(escape(version(root))).append("\" \"User Commands\"\n");
        out.append(".SH NAME\n").append(escape(name)).append(" \\- ").append(escape(SUMMARY)).append('\n');
        out.append(".SH SYNOPSIS\n");
        for (CommandSpec command : CommandDocs.runnable(root)) {
            out.append(".B ").append(escape(CommandDocs.synopsis(command))).append("\n.br\n");
        }
        out.append(".SH DESCRIPTION\n");
        paragraphs(out, root);
        out.append(".SH OPTIONS\n");
        arguments(out, root);
        out.append(".SH COMMANDS\n");
        for (CommandSpec command : CommandDocs.runnable(root)) {
            if (command != root) {
                out.append(".SS \"").append(escape(CommandDocs.synopsis(command))).append("\"\n");
                paragraphs(out, command);
                arguments(out, command);
                exitCodes(out, command, ".PP\nExit status:\n");
            }
        }
        exitCodes(out, root, ".SH \"EXIT STATUS\"\n");
        out.append(".SH ENVIRONMENT\n");
        out.append(".TP\n.B JAVA\nThe java command to run (default: java on the PATH).\n");
        out.append(".TP\n.B JAVA_OPTS\nOptions for the Java virtual machine, e.g. \\-Xmx2g.\n");
        if (!CommandDocs.examples(root).isEmpty()) {
            out.append(".SH EXAMPLES\n.nf\n");
            CommandDocs.examples(root).forEach(line -> out.append(escape(line)).append('\n'));
            out.append(".fi\n");
        }
        return out.toString();
    }

    private static void paragraphs(StringBuilder out, CommandSpec command) {
        for (String paragraph : CommandDocs.description(command)) {
            out.append(".PP\n").append(escape(paragraph)).append('\n');
        }
    }

    private static void arguments(StringBuilder out, CommandSpec command) {
        for (ArgSpec arg : CommandDocs.arguments(command)) {
            out.append(".TP\n");
            if (arg instanceof OptionSpec option) {
                String[] parts = CommandDocs.label(option).split("=", 2);
                out.append("\\fB").append(escape(parts[0])).append("\\fR");
                if (parts.length > 1) {
                    out.append("=\\fI").append(escape(parts[1])).append("\\fR");
                }
            } else {
                out.append("\\fI").append(escape(CommandDocs.label((PositionalParamSpec) arg))).append("\\fR");
            }
            out.append('\n').append(escape(CommandDocs.description(arg))).append('\n');
        }
    }

    private static void exitCodes(StringBuilder out, CommandSpec command, String heading) {
        Map<String, String> codes = CommandDocs.exitCodes(command);
        if (codes.isEmpty()) {
            return;
        }
        out.append(heading);
        codes.forEach((code, meaning) -> out.append(".TP\n.B ").append(code).append('\n').append(escape(meaning)).append('\n'));
    }

    private static String version(CommandSpec root) {
        try {
            String[] lines = root.versionProvider() == null ? root.version() : root.versionProvider().getVersion();
            return lines.length == 0 ? root.name() : lines[0];
        } catch (Exception e) {
            // A version provider may throw anything; the page is still worth writing without it.
            return root.name();
        }
    }

    /** Text made safe for roff: backslashes and dashes escaped, no line starting with a control character. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
