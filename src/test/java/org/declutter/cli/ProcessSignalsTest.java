package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only a real process shows: a reader that goes away, and a signal in the middle of a batch. */
class ProcessSignalsTest {

    private static final String PARAGRAPH = "The council met on Tuesday to discuss the new budget, and most of "
        + "the members agreed that the library should stay open in the evenings.\n\n";

    @TempDir
    Path dir;

    @Test
    void aClosedStandardOutputEndsTheRunQuietlyWith141() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), PARAGRAPH.repeat(40_000));
        Process p = declutter(dir.resolve("err"), big.toString());
        p.getInputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the process ends").isTrue();
        assertThat(p.exitValue()).isEqualTo(StandardOutputStream.BROKEN_PIPE);
        assertThat(dir.resolve("err")).isEmptyFile();
    }

    @Test
    void aFullDiskEndsTheRunWithOneLineAndExitCode1() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "no /dev/full here");
        Path text = Files.writeString(dir.resolve("a.txt"), PARAGRAPH.repeat(3));
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of(text.toString(), text.toString()));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(full).redirectError(dir.resolve("err").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the process ends").isTrue();
        assertThat(p.exitValue()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(dir.resolve("err")).hasContent("declutter: cannot write standard output: no space left on device");
    }

    @Test
    void sigtermStopsABatchWithASummaryAndNoTemporaryFiles() throws Exception {
        List<String> args = new ArrayList<>(List.of("-j", "1", "-o", dir.resolve("out").toString()));
        for (int i = 0; i < 3000; i++) {
            args.add(Files.writeString(dir.resolve("in" + i + ".txt"), PARAGRAPH.repeat(3)).toString());
        }
        Process p = declutter(dir.resolve("err"), args.toArray(String[]::new));
        Path out = dir.resolve("out");
        while (p.isAlive() && count(out) < 5) {
            Thread.sleep(50);
        }
        p.destroy();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the process ends").isTrue();
        assertThat(p.exitValue()).isEqualTo(143);
        // Destroying a process closes its pipes in the parent: standard error goes to a file.
        assertThat(Files.readString(dir.resolve("err"), StandardCharsets.UTF_8))
            .matches("declutter: interrupted: \\d+ of 3000 inputs done \\(0 failed\\)\\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void sigtermStopsAStreamOnAWholeLineAndCountsTheLinesWritten() throws Exception {
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            feed.append("{\"id\": ").append(i).append(", \"text\": \"").append(PARAGRAPH.repeat(3).replace("\n", "\\n"))
                .append("\"}\n");
        }
        Path in = Files.writeString(dir.resolve("feed.jsonl"), feed);
        Path out = dir.resolve("out.jsonl");
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of("--jsonl", "-j", "1", in.toString()));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile()).redirectError(dir.resolve("err").toFile()).start();
        while (p.isAlive() && Files.size(out) < 20_000) {
            Thread.sleep(20);
        }
        p.destroy();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the process ends").isTrue();

        assertThat(p.exitValue()).isEqualTo(143);
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(written).endsWith("}\n");
        long lines = written.lines().count();
        assertThat(Files.readString(dir.resolve("err"), StandardCharsets.UTF_8))
            .isEqualTo("declutter: interrupted: " + lines + " documents done (0 failed)\n");
    }

    private static List<String> javaCommand() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName());
    }

    private static long count(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.count();
        }
    }

    private static Process declutter(Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectError(err.toFile()).start();
    }
}
