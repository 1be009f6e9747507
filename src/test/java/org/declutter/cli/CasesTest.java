package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Runs every case under {@code testdata/cases/}: an input file {@code NAME.EXT} beside
 * {@code NAME.expected.txt} (the exact standard output). Optional companions: {@code NAME.args}
 * (extra command-line arguments, one per line, given before the input),
 * {@code NAME.expected.code} (the exit code, default 0) and {@code NAME.expected.err} (the exact
 * standard error, {@code {input}} standing for the input's path). A new case needs no Java.
 */
class CasesTest {

    static final Path CASES = Path.of("testdata", "cases");
    private static final String EXPECTED = ".expected.txt";

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(CASES)) {
            inputs = files.filter(Files::isRegularFile).filter(CasesTest::isInput).sorted().toList();
        }
        assertThat(inputs).isNotEmpty();
        return inputs.stream().map(input -> DynamicTest.dynamicTest(CASES.relativize(input).toString(), () -> run(input)));
    }

    private static boolean isInput(Path p) {
        String name = p.getFileName().toString();
        return !name.contains(".expected.") && !name.endsWith(".args") && !name.startsWith(".")
            && !name.equals("README.md") && Files.exists(companion(p, EXPECTED));
    }

    static Path companion(Path input, String suffix) {
        String name = input.getFileName().toString();
        int dot = name.indexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        return input.resolveSibling(stem + suffix);
    }

    private static void run(Path input) throws IOException {
        check(input, input);
    }

    /**
     * Runs one case: {@code caseFile} names the companions (its stem), {@code input} is the file
     * given to declutter, which may have been made elsewhere. {@code {input}} in the arguments and
     * the expected standard error stands for the input's path. Standard output is compared when
     * the case has an {@code .expected.txt}.
     */
    static void check(Path caseFile, Path input) throws IOException {
        List<String> args = new ArrayList<>();
        Path argsFile = companion(caseFile, ".args");
        if (Files.exists(argsFile)) {
            for (String line : Files.readAllLines(argsFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    args.add(line.strip().replace("{input}", input.toString()));
                }
            }
        }
        args.add(input.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = DeclutterCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args.toArray(String[]::new));

        Path expectedOut = companion(caseFile, EXPECTED);
        if (Files.exists(expectedOut)) {
            assertThat(out.toString()).as("standard output of %s", input)
                .isEqualTo(Files.readString(expectedOut, StandardCharsets.UTF_8));
        }
        Path codeFile = companion(caseFile, ".expected.code");
        int expectedCode = Files.exists(codeFile) ? Integer.parseInt(Files.readString(codeFile).strip()) : 0;
        assertThat(code).as("exit code of %s; stderr: %s", input, err).isEqualTo(expectedCode);
        Path errFile = companion(caseFile, ".expected.err");
        if (Files.exists(errFile)) {
            assertThat(err.toString()).as("standard error of %s", input)
                .isEqualTo(Files.readString(errFile, StandardCharsets.UTF_8).replace("{input}", input.toString()));
        }
    }
}
