package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

class CommandSpecsTest {

    @Test
    void noOptionOrParameterTakesATypeWhoseConverterIsLeftOut() {
        List<String> types = new ArrayList<>();
        Deque<CommandLine> commands = new ArrayDeque<>(List.of(DeclutterCommand.commandLine()));
        while (!commands.isEmpty()) {
            CommandLine command = commands.pop();
            commands.addAll(command.getSubcommands().values());
            for (ArgSpec arg : command.getCommandSpec().args()) {
                types.add(arg.type().getName());
                for (Class<?> auxiliary : arg.auxiliaryTypes()) {
                    types.add(auxiliary.getName());
                }
            }
        }

        assertThat(types).isNotEmpty().noneMatch(type -> type.startsWith("java.sql.") || type.startsWith("java.time."));
    }
}
