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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code declutter rules}: lists the rules in force and tests rule files against their examples. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "List the built-in rules, or test rule files against their own examples.",
    subcommands = {RulesCommand.ListRules.class, RulesCommand.TestRules.class})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** {@code declutter rules list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print every rule in force: category, id and where it is defined.")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "Rule files to add to the built-in ones.")
        List<Path> files = List.of();

        @Override
        public Integer call() {
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
    @Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check that every drop: example of each rule matches, every keep: example does not, and every"
            + " document: named in the file gives its .expected.txt output.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all examples pass", "1:some examples fail", "2:a file does not load"})
    static final class TestRules implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Rule files to test.")
        List<Path> files;

        @Override
        public Integer call() {
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
