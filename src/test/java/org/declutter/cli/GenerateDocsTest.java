package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The man page, docs/cli.md and shell completion all come from the command's model and stay in step with it. */
class GenerateDocsTest {

    private static final Path CLI_MD = Path.of("docs", "cli.md");

    private final CommandLine cmd = DeclutterCommand.commandLine();

    @TempDir
    Path tmp;

    @Test
    void theCommittedCliReferenceMatchesTheCode() throws IOException {
        String committed = Files.readString(CLI_MD, StandardCharsets.UTF_8);

        assertThat(committed).as("docs/cli.md is out of date: run 'make docs' and commit it")
            .isEqualTo(GenerateDocs.generate("markdown", cmd));
    }

    @Test
    void theManPageDocumentsEveryOptionOfEveryCommandAndEveryExitCode() {
        String page = GenerateDocs.generate("man", cmd);

        assertThat(page).startsWith(".TH DECLUTTER 1 ").contains(".SH SYNOPSIS", ".SH OPTIONS", ".SH \"EXIT STATUS\"",
            ".SH EXAMPLES", "declutter rules test");
        for (CommandSpec command : CommandDocs.commands(cmd.getCommandSpec())) {
            for (OptionSpec option : command.options()) {
                assertThat(page).contains(".TP\n\\fB" + ManPage.escape(String.join(", ", option.names())) + "\\fR");
            }
        }
        assertThat(page).contains(".TP\n.B 3\nno article found");
    }

    @Test
    void roffControlCharactersInTextAreEscaped() {
        assertThat(ManPage.escape(".hidden")).isEqualTo("\\&.hidden");
        assertThat(ManPage.escape("a\\b-c")).isEqualTo("a\\eb\\-c");
    }

    @Test
    void bashCompletionOffersOptionsSubcommandsAndChoices() throws Exception {
        Path script = tmp.resolve("declutter.bash");
        Files.writeString(script, GenerateDocs.generate("bash", cmd), StandardCharsets.UTF_8);

        assertThat(complete(script, "declutter", "--low-confidence", "")).isEqualTo("keep empty fail");
        assertThat(complete(script, "declutter", "--rej")).isEqualTo("--rejected");
        assertThat(complete(script, "declutter", "rules", "")).isEqualTo("list test");
    }

    @Test
    void zshCompletionIsAFunctionFileThatRunsTheBashCompletion() {
        String zsh = GenerateDocs.generate("zsh", cmd);

        assertThat(zsh).startsWith("#compdef declutter\n").contains("bashcompinit")
            .endsWith("_bash_complete -F _complete_declutter -o default\n");
    }

    /** What bash completes for the words, the last being the one under the cursor. */
    private static String complete(Path script, String... words) throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "bash is installed");
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append('\'');
        }
        String program = "source '" + script + "' 2>/dev/null; COMP_WORDS=(" + array + "); COMP_CWORD="
            + (words.length - 1) + "; _complete_declutter 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        Process p = new ProcessBuilder(bash.toString(), "--norc", "-c", program).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
