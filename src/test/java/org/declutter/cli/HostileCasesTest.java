package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every hostile case under {@code testdata/hostile/}: a case is named by its
 * {@code NAME.expected.code} (and usually {@code NAME.expected.err}); its input is the file
 * {@code NAME.EXT} beside it, or, when there is none, the input {@link HostileInputs} makes for
 * that name in a temporary directory. Otherwise the same format as {@link CasesTest}.
 */
class HostileCasesTest {

    static final Path HOSTILE = Path.of("testdata", "hostile");
    private static final String CODE = ".expected.code";

    @TempDir
    static Path made;

    @TestFactory
    Stream<DynamicTest> hostile() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(HOSTILE)) {
            cases = files.filter(p -> p.getFileName().toString().endsWith(CODE)).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        return cases.stream().map(codeFile -> {
            String name = codeFile.getFileName().toString();
            String stem = name.substring(0, name.length() - CODE.length());
            return DynamicTest.dynamicTest(stem, () -> run(stem));
        });
    }

    private static void run(String name) throws Exception {
        Path input = committedInput(name);
        if (input == null) {
            input = HostileInputs.make(name, made);
        }
        if (name.equals("unreadable")) {
            assumeFalse(Files.isReadable(input), "running as root: permissions do not stop reading");
        }
        if (name.equals("output-dir-read-only")) {
            assumeFalse(Files.isWritable(input.resolveSibling(input.getFileName() + ".d")),
                "running as root: permissions do not stop writing");
        }
        CasesTest.check(HOSTILE.resolve(name), input);
    }

    private static Path committedInput(String name) throws IOException {
        try (Stream<Path> files = Files.list(HOSTILE)) {
            return files.filter(p -> {
                String file = p.getFileName().toString();
                return file.startsWith(name + ".") && !file.contains(".expected.") && !file.endsWith(".args");
            }).findFirst().orElse(null);
        }
    }

    /** A FIFO case leaves a reader blocked on opening it; a writer that comes and goes releases it. */
    @AfterAll
    static void releaseFifos() throws IOException {
        try (Stream<Path> files = Files.list(made)) {
            for (Path p : files.toList()) {
                if (!Files.isRegularFile(p) && !Files.isDirectory(p)) {
                    Thread writer = new Thread(() -> {
                        try (OutputStream out = Files.newOutputStream(p)) {
                            out.flush();
                        } catch (IOException ignored) {
                            // nobody was waiting any more
                        }
                    });
                    writer.setDaemon(true);
                    writer.start();
                }
            }
        }
    }
}
