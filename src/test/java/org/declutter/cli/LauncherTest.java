package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of JVM options (src/main/sh/declutter), read from what it hands to a
 * stand-in {@code java} that prints its arguments, one per line.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("src", "main", "sh", "declutter");

    @TempDir
    Path tmp;

    private Path launcher;
    private Path java;

    @BeforeEach
    void install() throws IOException {
        launcher = tmp.resolve("declutter");
        Files.copy(LAUNCHER, launcher);
        Files.writeString(tmp.resolve("declutter.jar"), "");
        Files.writeString(tmp.resolve("declutter-documents.jar"), "");
        java = standInJava(tmp.resolve("jdk"), "17.0.15");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A JDK's layout with a {@code java} that prints its arguments and a release file naming the version. */
    private static Path standInJava(Path home, String version) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    @Test
    void filesGetTheQuickCompilerAloneAndOnFewCoresOneCompilerThread() throws Exception {
        List<String> args = jvmArguments(Map.of(), "page.html");

        assertThat(args).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        if (onlineProcessors() <= 2) {
            assertThat(args).contains("-XX:CICompilerCount=1");
        } else {
            assertThat(args).noneMatch(a -> a.startsWith("-XX:CICompilerCount"));
        }
        assertThat(args).endsWith("org.declutter.cli.Main", "page.html");
    }

    @Test
    void aStreamKeepsBothCompilersAndTheirThreads() throws Exception {
        List<String> args = jvmArguments(Map.of(), "--jsonl", "feed.jsonl");

        assertThat(args).noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-XX:CICompilerCount"));
    }

    @Test
    void javaOptsThatPickACompilerGetNoCompilerThreadCountTheJvmWouldRefuse() throws Exception {
        List<String> args = jvmArguments(Map.of("JAVA_OPTS", "-XX:TieredStopAtLevel=4 -Xmx64m"), "page.html");

        assertThat(args).noneMatch(a -> a.startsWith("-XX:CICompilerCount"));
        // JAVA_OPTS come after the launcher's own choices, so that they win.
        assertThat(args.indexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(args.indexOf("-XX:TieredStopAtLevel=1"));
        assertThat(args).contains("-Xmx64m");
    }

    @Test
    void mapsTheClassDataArchiveBesideTheJar() throws Exception {
        Files.writeString(tmp.resolve("declutter.jsa"), "");

        assertThat(jvmArguments(Map.of(), "page.html")).contains("-XX:SharedArchiveFile=" + tmp.resolve("declutter.jsa"));
    }

    @Test
    void asksForTheAotCacheOnlyAJdkOf25OrLaterReads() throws Exception {
        Files.writeString(tmp.resolve("declutter.aot"), "");
        Files.writeString(tmp.resolve("declutter.jsa"), "");

        assertThat(jvmArguments(Map.of(), "page.html"))
            .contains("-XX:SharedArchiveFile=" + tmp.resolve("declutter.jsa"))
            .noneMatch(a -> a.startsWith("-XX:AOTCache"));
        java = standInJava(tmp.resolve("jdk25"), "25.0.3");
        assertThat(jvmArguments(Map.of(), "page.html"))
            .contains("-XX:AOTCache=" + tmp.resolve("declutter.aot"))
            .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void startedThroughALinkFindsTheJarsBesideTheLinkedFileDeclutterFirst() throws Exception {
        Path link = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("elsewhere")).resolve("declutter"), launcher);
        launcher = link;

        List<String> args = jvmArguments(Map.of(), "page.html");

        assertThat(classPath(args)).containsExactly(tmp.resolve("declutter.jar").toRealPath(),
            tmp.resolve("declutter-documents.jar").toRealPath());
    }

    @Test
    void fromAFolderWhoseNameHoldsAColonSaysItCannotAndStartsNoJvm() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("a:b"));
        for (String file : new String[] {"declutter", "declutter.jar", "declutter-documents.jar"}) {
            Files.copy(tmp.resolve(file), folder.resolve(file));
        }
        launcher = folder.resolve("declutter");

        assertThat(refusal("page.html")).isEqualTo("declutter: cannot run from " + folder
            + ": Java cannot load a jar from a folder whose name holds ':'\n");
    }

    @Test
    void withoutTheDocumentsJarSaysSoAndStartsNoJvm() throws Exception {
        Files.delete(tmp.resolve("declutter-documents.jar"));

        assertThat(refusal("page.html")).startsWith("declutter: cannot find declutter-documents.jar beside ").hasLineCount(1);
    }

    @Test
    void inTheCOrPosixLocaleJavaGetsItsUtf8TwinAndInAnyOtherTheUsersOwn() throws Exception {
        assertThat(localeSeen(Map.of())).containsExactly("LC_ALL=", "LC_CTYPE=C.UTF-8", "LANG=");
        assertThat(localeSeen(Map.of("LANG", "POSIX"))).containsExactly("LC_ALL=", "LC_CTYPE=C.UTF-8", "LANG=POSIX");
        assertThat(localeSeen(Map.of("LC_ALL", "C", "LANG", "de_DE.UTF-8")))
            .containsExactly("LC_ALL=C.UTF-8", "LC_CTYPE=", "LANG=de_DE.UTF-8");
        assertThat(localeSeen(Map.of("LANG", "de_DE.UTF-8"))).containsExactly("LC_ALL=", "LC_CTYPE=", "LANG=de_DE.UTF-8");
        assertThat(localeSeen(Map.of("LC_CTYPE", "en_US.ISO-8859-1")))
            .containsExactly("LC_ALL=", "LC_CTYPE=en_US.ISO-8859-1", "LANG=");
    }

    /** The locale variables the JVM is started with, given these set and the others unset. */
    private List<String> localeSeen(Map<String, String> locale) throws Exception {
        Files.writeString(java, "#!/bin/sh\necho \"LC_ALL=$LC_ALL\"\necho \"LC_CTYPE=$LC_CTYPE\"\necho \"LANG=$LANG\"\n");
        Process process = start(locale, "page.html");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out.lines().toList();
    }

    /** What the launcher says when it refuses to run: it exits with 2 and writes nothing else. */
    private String refusal(String... arguments) throws Exception {
        Process process = start(Map.of(), arguments);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(ExitCodes.USAGE);
        assertThat(out).isEmpty();
        return err;
    }

    private static List<Path> classPath(List<String> jvmArguments) throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String entry : jvmArguments.get(jvmArguments.indexOf("-cp") + 1).split(":")) {
            entries.add(Path.of(entry).toRealPath());
        }
        return entries;
    }

    private List<String> jvmArguments(Map<String, String> env, String... arguments) throws Exception {
        Process process = start(env, arguments);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out.lines().toList();
    }

    private Process start(Map<String, String> env, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        // Unset the locale too, as cron does: whatever runs the tests has its own.
        builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_")
            || name.equals("JAVA_OPTS") || name.equals("DECLUTTER_TRAIN"));
        builder.environment().put("JAVA", java.toString());
        builder.environment().putAll(env);
        return builder.start();
    }

    private static int onlineProcessors() throws Exception {
        Process process = new ProcessBuilder("getconf", "_NPROCESSORS_ONLN").start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor(10, TimeUnit.SECONDS);
        return Integer.parseInt(out);
    }
}
