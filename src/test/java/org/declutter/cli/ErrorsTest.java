package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that fail: one line on standard error each, exit code 1, the other inputs still cleaned,
 * no stack trace unless {@code --debug}. Broken files that can be committed are cases under
 * {@code testdata/cases/errors/}; these are the ones that cannot.
 */
class ErrorsTest {

    static final Path SEED = DeclutterCommandTest.SEED;

    @TempDir
    Path tmp;

    @Test
    void reportsAMissingFileAndCleansTheOthers() throws IOException {
        Path missing = tmp.resolve("missing.html");

        Run run = Run.of(missing.toString(), SEED.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).isEqualTo("declutter: " + missing + ": no such file\n");
        assertThat(run.out()).isEqualTo("==> " + SEED + " <==\n"
            + Files.readString(DeclutterCommandTest.SEED_EXPECTED, StandardCharsets.UTF_8));
    }

    @Test
    void reportsADirectoryGivenAsAFile() {
        Run run = Run.of(tmp.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("declutter: " + tmp + ": is a directory\n");
    }

    @Test
    void reportsAnUnreadableFile() throws IOException {
        Path locked = Files.writeString(tmp.resolve("locked.txt"), "Some text.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // The superuser reads any file whatever its mode, so there is nothing to observe as root.
        assumeFalse(Files.isReadable(locked), "running as a user who can read a mode-000 file (root)");

        Run run = Run.of(locked.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).isEqualTo("declutter: " + locked + ": permission denied\n");
    }

    @Test
    void reportsAnOutputDirectoryThatIsAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "x");

        Run run = Run.of("-o", file.toString(), SEED.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("declutter: " + file + ": cannot create output directory: " + file
            + " exists and is not a directory\n");
    }

    @Test
    void printsNoStackTraceWithoutDebug() throws IOException {
        Path broken = Files.write(tmp.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type".getBytes(StandardCharsets.US_ASCII));

        Run run = Run.of(broken.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).hasLineCount(1).startsWith("declutter: " + broken + ": ");
    }

    @Test
    void anEmptyNameIsNoSuchFileNotTheCurrentFolder() {
        for (List<String> args : List.of(List.of("", SEED.toString()), List.of("-r", "", SEED.toString()))) {
            Run run = Run.of(args.toArray(String[]::new));

            assertThat(run.code()).as("%s", args).isEqualTo(ExitCodes.INPUT_FAILED);
            assertThat(run.err()).as("%s", args).isEqualTo("declutter: : no such file\n");
            assertThat(run.out()).as("%s", args).startsWith("==> " + SEED + " <==\n");
        }
    }

    @Test
    void aNameTheLocaleCannotSpellFailsAloneAndTheBatchGoesOn() throws IOException {
        Path out = tmp.resolve("out");
        String unspellable = tmp + "/caf\uD800.txt";

        Run run = Run.of("-o", out.toString(), unspellable, SEED.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).hasLineCount(1)
            .startsWith("declutter: " + unspellable + ": name not in the locale's charset (");
        assertThat(out.resolve("001_boilerplate.txt")).hasContent(
            Files.readString(DeclutterCommandTest.SEED_EXPECTED, StandardCharsets.UTF_8).stripTrailing());
    }

    @Test
    void aFolderTheWalkCannotListFailsInItsPlaceAndTheRestIsCleaned() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.copy(SEED, site.resolve("a.txt"));
        Files.copy(SEED, site.resolve("z.txt"));
        // Folders nested deeper than a path may name (4 096 bytes), made one step at a time.
        String name = "d".repeat(240);
        Process mkdir = new ProcessBuilder("sh", "-c", "cd \"$0\" && for i in $(seq 20); do mkdir \"$1\" && cd -P \"$1\" || exit 1; done",
            site.toString(), name).inheritIO().start();
        assertThat(mkdir.waitFor(30, TimeUnit.SECONDS) && mkdir.exitValue() == 0).isTrue();
        Path out = tmp.resolve("out");
        try {
            Run run = Run.of("-r", "-o", out.toString(), site.toString());

            assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
            assertThat(run.err()).hasLineCount(1).startsWith("declutter: " + site.resolve(name) + "/")
                .endsWith(": cannot list directory: file name too long\n");
            assertThat(out.resolve("a.txt")).exists();
            assertThat(out.resolve("z.txt")).exists();
        } finally {
            // rm goes down folder by folder; Java, and so the temporary folder's cleanup, cannot.
            new ProcessBuilder("rm", "-rf", site.resolve(name).toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aNameWithALineBreakStaysOnItsOneErrorLine() {
        String name = tmp + "/two\nlines.txt";

        Run run = Run.of(name, SEED.toString());

        assertThat(run.err()).isEqualTo("declutter: " + tmp + "/two\\nlines.txt: no such file\n");
    }

    @Test
    void printsTheStackTraceWithDebug() {
        Path missing = tmp.resolve("missing.txt");

        Run run = Run.of("--debug", missing.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).startsWith("declutter: " + missing + ": no such file\n")
            .contains("NoSuchFileException").containsPattern("(?m)^\\s+at ");
    }

    @Test
    void reportsEveryFailureAndStillWritesTheGoodOutputs() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Path out = tmp.resolve("out");

        Run run = Run.of("-o", out.toString(), empty.toString(), SEED.toString(), tmp.resolve("gone.txt").toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).isEqualTo("declutter: " + empty + ": empty input\n"
            + "declutter: " + tmp.resolve("gone.txt") + ": no such file\n");
        assertThat(out.resolve("001_boilerplate.txt")).exists();
        assertThat(out.resolve("empty.txt")).doesNotExist();
    }

    /**
     * Tika's parsers log through SLF4J and Log4j; without a binding each prints a warning on the
     * process's own stderr on first use. Only a fresh JVM shows it, so this runs the real program.
     */
    @Test
    void documentFormatsLeaveStandardErrorSilent() throws Exception {
        Path formats = Path.of("testdata", "cases", "formats");
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        // PDFBox logs through SLF4J, POI (DOCX) through Log4j's API: one document each wakes both.
        for (String ext : new String[] {"pdf", "docx"}) {
            command.add(formats.resolve("article." + ext).toString());
        }
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(err).isEmpty();
        assertThat(process.exitValue()).isZero();
    }
}
