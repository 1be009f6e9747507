package org.declutter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.declutter.rules.ExampleChecker;
import org.declutter.rules.Rule;
import org.declutter.rules.RuleFile;
import org.declutter.rules.RuleFileException;
import org.declutter.rules.RuleSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code declutter rules}: lists the rules in force and tests rule files against their examples. */
final class RulesCommand implements Callable<Integer> {

    /** The subcommand's name. */
    static final String NAME = "rules";

    private CommandSpec spec;

    /** The model of {@code declutter rules} and its subcommands. */
    static CommandSpec model() {
        RulesCommand command = new RulesCommand();
        command.spec = CommandSpecs.command(command, NAME,
            "List the built-in rules, or test rule files against their own examples.");
        CommandSpecs.addStandardHelpOptions(command.spec);
        command.spec.addSubcommand("list", ListRules.model());
        command.spec.addSubcommand("test", TestRules.model());
        return command.spec;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** {@code declutter rules list}. */
    static final class ListRules implements Callable<Integer> {
        private CommandSpec spec;

        static CommandSpec model() {
            ListRules command = new ListRules();
            command.spec = CommandSpecs.command(command, "list",
                "Print every rule in force: category, id and where it is defined.");
            command.spec.addPositional(PositionalParamSpec.builder().paramLabel("FILE").arity("0..*")
                .type(List.class).auxiliaryTypes(Path.class).description("Rule files to add to the built-in ones.").build());
            CommandSpecs.addStandardHelpOptions(command.spec);
            return command.spec;
        }

        @Override
        public Integer call() {
            List<Path> files = CommandSpecs.values(spec.positionalParameters().get(0));
            PrintWriter out = spec.commandLine().getOut();
            RuleSet set = RuleSet.builtIn();
            try {
                for (Path f : files) {
                    set = set.with(RuleSet.load(f));
                }
            } catch (RuleFileException e) {
                spec.commandLine().getErr().println("declutter: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            for (Rule r : set.rules().stream().sorted((a, b) -> a.category().compareTo(b.category())).toList()) {
                out.printf("%-20s %-44s %s%n", r.category(), r.id(), r.origin());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code declutter rules test FILE...}. */
    static final class TestRules implements Callable<Integer> {
        private CommandSpec spec;

        static CommandSpec model() {
            TestRules command = new TestRules();
            command.spec = CommandSpecs.command(command, "test",
                "Check that every drop: example of each rule matches, every keep: example does not, and every"
                    + " document: named in the file gives its .expected.txt output.");
            command.spec.usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(CommandSpecs.exitCodes("0:all examples pass", "1:some examples fail", "2:a file does not load"));
            command.spec.addPositional(PositionalParamSpec.builder().paramLabel("FILE").arity("1..*").required(true)
                .type(List.class).auxiliaryTypes(Path.class).description("Rule files to test.").build());
            CommandSpecs.addStandardHelpOptions(command.spec);
            return command.spec;
        }

        @Override
        public Integer call() {
            List<Path> files = CommandSpecs.values(spec.positionalParameters().get(0));
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int examples = 0;
            int failed = 0;
            ExampleChecker checker = new ExampleChecker();
            for (Path f : files) {
                RuleFile file;
                try {
                    file = RuleSet.loadFile(f);
                } catch (RuleFileException e) {
                    err.println("declutter: " + e.getMessage());
                    err.flush();
                    return ExitCodes.USAGE;
                }
                for (Rule r : file.rules()) {
                    examples += r.examples().size();
                }
                for (ExampleChecker.Failure failure : checker.check(file.rules())) {
                    failed++;
                    out.println(failure.describe());
                }
                examples += file.documents().size();
                for (String failure : DocumentExamples.check(f, file)) {
                    failed++;
                    out.println(failure);
                }
            }
            out.println((examples - failed) + " passed, " + failed + " failed");
            out.flush();
            return failed == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        }
    }
}
