package org.declutter.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Writes {@code docs/cli.md}, the command-line reference in Markdown, from the command line's model. */
final class CliReference {

    private CliReference() {
    }

    /** The reference of the command and its subcommands. */
    static String markdown(CommandSpec root) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(root.name()).append(" command line\n\n");
        out.append("<!-- Generated from the command's model by `make docs`; edit the code, not this file. -->\n\n");
        out.append(ManPage.SUMMARY.substring(0, 1).toUpperCase()).append(ManPage.SUMMARY.substring(1)).append(".\n\n");
        out.append("```\n");
        CommandDocs.runnable(root).forEach(c -> out.append(CommandDocs.synopsis(c)).append('\n'));
        out.append("```\n");
        for (CommandSpec command : CommandDocs.runnable(root)) {
            out.append("\n## ").append(command.qualifiedName()).append("\n\n");
            for (String paragraph : CommandDocs.description(command)) {
                out.append(paragraph).append("\n\n");
            }
            out.append("| option | meaning |\n| --- | --- |\n");
            for (ArgSpec arg : CommandDocs.arguments(command)) {
                String label = arg instanceof OptionSpec o ? CommandDocs.label(o) : CommandDocs.label((PositionalParamSpec) arg);
                out.append("| `").append(cell(label)).append("` | ").append(cell(CommandDocs.description(arg))).append(" |\n");
            }
            Map<String, String> codes = CommandDocs.exitCodes(command);
            if (!codes.isEmpty()) {
                out.append("\nExit codes:\n\n| code | meaning |\n| --- | --- |\n");
                codes.forEach((code, meaning) -> out.append("| ").append(code).append(" | ").append(cell(meaning)).append(" |\n"));
            }
            List<String> examples = CommandDocs.examples(command);
            if (!examples.isEmpty()) {
                out.append("\nExamples:\n\n```\n");
                examples.forEach(line -> out.append(line).append('\n'));
                out.append("```\n");
            }
        }
        return out.toString();
    }

    /** Text made safe for a table cell: a pipe would end the cell, a {@code <} would start an HTML tag. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "\\<");
    }
}
