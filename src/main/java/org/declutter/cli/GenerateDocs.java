package org.declutter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the documents generated from the command line's model, for the build ({@code make docs},
 * {@code make install}): {@code GenerateDocs man|markdown|bash|zsh FILE}.
 */
public final class GenerateDocs {

    private GenerateDocs() {
    }

    /**
     * Writes one document.
     *
     * @param args the kind of document (man, markdown, bash or zsh) and the file to write
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateDocs man|markdown|bash|zsh FILE");
            System.exit(ExitCodes.USAGE);
        }
        Path file = Path.of(args[1]);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        AtomicFiles.write(file, generate(args[0], DeclutterCommand.commandLine()));
    }

    /** The document of the given kind for a command line. */
    static String generate(String kind, CommandLine cmd) {
        return switch (kind) {
            case "man" -> ManPage.roff(cmd.getCommandSpec());
            case "markdown" -> CliReference.markdown(cmd.getCommandSpec());
            case "bash" -> AutoComplete.bash(cmd.getCommandName(), cmd);
            case "zsh" -> zsh(cmd);
            default -> throw new IllegalArgumentException("unknown kind of document: " + kind);
        };
    }

    /**
     * Completion for zsh: the bash completion, which sets up zsh's bashcompinit itself, wrapped as a
     * function file for zsh's fpath. Its first call defines everything and completes once; after that
     * the bash completion is registered for the command directly. zsh parses the whole file before
     * running it, so the script's {@code compopt} alias comes too late: a no-op function stands in.
     */
    private static String zsh(CommandLine cmd) {
        String name = cmd.getCommandName();
        return "#compdef " + name + "\n"
            + "whence -w compopt >/dev/null || compopt() { return 0; }\n"
            + AutoComplete.bash(name, cmd)
            + "\n_bash_complete -F _complete_" + name + " -o default\n";
    }
}
