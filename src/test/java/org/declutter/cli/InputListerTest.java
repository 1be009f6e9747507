package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListerTest {

    @TempDir
    Path tmp;

    private static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);
    private static final Path TOP = Path.of("");

    @Test
    void noInputMeansStandardInput() throws Exception {
        assertThat(lister(false).list(List.of(), null)).containsExactly(Input.named("-"));
    }

    @Test
    void walksDirectoriesInSortedOrderSkippingHiddenFiles() throws Exception {
        touch("b/z.html");
        touch("b/a.txt");
        touch("a.html");
        touch(".git/config");
        touch("c/.hidden.html");

        List<Input> inputs = lister(true).list(List.of(tmp.toString()), null);

        assertThat(names(inputs)).containsExactly(p("a.html"), p("b/a.txt"), p("b/z.html"));
    }

    @Test
    void aWalkedFileKeepsItsFolderUnderTheWalkedDirectory() throws Exception {
        touch("site/index.html");
        touch("site/a/index.html");
        touch("site/a/b/page.html.gz");

        List<Input> inputs = lister(true).list(List.of(p("site")), null);

        assertThat(inputs).containsExactly(
            new Input(p("site/a/b/page.html.gz"), Path.of("a/b")),
            new Input(p("site/a/index.html"), Path.of("a")),
            new Input(p("site/index.html"), TOP));
    }

    @Test
    void aTrailingSlashOnTheDirectoryChangesNothing() throws Exception {
        touch("site/a/index.html");

        List<Input> inputs = lister(true).list(List.of(p("site") + "/"), null);

        assertThat(inputs).containsExactly(new Input(p("site/a/index.html"), Path.of("a")));
    }

    @Test
    void aDirectoryNamedThroughALinkIsWalkedUnderTheLinksName() throws Exception {
        touch("site/a/index.html");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("site"));

        List<Input> inputs = lister(true).list(List.of(link.toString()), null);

        assertThat(inputs).containsExactly(new Input(p("link/a/index.html"), Path.of("a")));
    }

    @Test
    void linksToFoldersMetOnTheWayAreNotFollowed() throws Exception {
        touch("site/a/index.html");
        touch("elsewhere/b.html");
        Files.createSymbolicLink(tmp.resolve("site/away"), tmp.resolve("elsewhere"));

        List<Input> inputs = lister(true).list(List.of(p("site")), null);

        assertThat(names(inputs)).containsExactly(p("site/a/index.html"));
    }

    @Test
    void filesNamedDirectlyOrInAListGoStraightIntoTheOutputDirectory() throws Exception {
        touch("site/a/index.html");
        Path list = tmp.resolve("list");
        Files.writeString(list, p("site/a/index.html") + "\n");

        List<Input> inputs = lister(true).list(List.of(p("site/a/index.html")), list.toString());

        assertThat(inputs).extracting(Input::folder).containsExactly(TOP, TOP);
    }

    @Test
    void aDirectoryInTheListIsWalkedAndKeepsItsTree() throws Exception {
        touch("site/a/index.html");
        Path list = tmp.resolve("list");
        Files.writeString(list, p("site") + "\n");

        List<Input> inputs = lister(true).list(List.of(), list.toString());

        assertThat(inputs).containsExactly(new Input(p("site/a/index.html"), Path.of("a")));
    }

    @Test
    void theOutputDirectoryInsideAWalkedDirectoryIsNotWalked() throws Exception {
        touch("site/a/index.html");
        touch("site/clean/a/index.txt");
        // Spelled otherwise than the walk's paths: the same folder through a link.
        Path output = Files.createSymbolicLink(tmp.resolve("clean-link"), tmp.resolve("site/clean"));

        List<Input> inputs = new InputLister(true, NO_STDIN, output, false).list(List.of(p("site")), null);

        assertThat(names(inputs)).containsExactly(p("site/a/index.html"));
    }

    @Test
    void anOutputDirectoryThatIsTheWalkedDirectoryIsStillWalked() throws Exception {
        touch("site/a/index.html");

        List<Input> inputs = new InputLister(true, NO_STDIN, tmp.resolve("site"), false).list(List.of(p("site")), null);

        assertThat(names(inputs)).containsExactly(p("site/a/index.html"));
    }

    @Test
    void withoutRecursionADirectoryStaysAnInputThatWillFail() throws Exception {
        assertThat(lister(false).list(List.of(tmp.toString()), null)).containsExactly(Input.named(tmp.toString()));
    }

    @Test
    void addsTheNamesOfAFilesFromFileAfterTheArgumentsSkippingBlankLines() throws Exception {
        Path list = tmp.resolve("list");
        Files.writeString(list, "x.html\n\n  y.txt  \n");

        assertThat(names(lister(false).list(List.of("w.html"), list.toString())))
            .containsExactly("w.html", "x.html", "y.txt");
    }

    @Test
    void readsNulSeparatedNamesAsTheyAreLineBreaksAndSpacesAndAll() throws Exception {
        InputStream names = new ByteArrayInputStream(" a.html\0b\nc.txt\0\0d.txt \0".getBytes(StandardCharsets.UTF_8));

        assertThat(names(new InputLister(false, names, null, true).list(List.of(), "-")))
            .containsExactly(" a.html", "b\nc.txt", "d.txt ");
    }

    @Test
    void readsTheNamesFromStandardInputForDash() throws Exception {
        InputStream names = new ByteArrayInputStream("x.html\ny.txt\n".getBytes(StandardCharsets.UTF_8));

        assertThat(names(new InputLister(false, names, null, false).list(List.of(), "-"))).containsExactly("x.html", "y.txt");
    }

    @Test
    void refusesStandardInputAsBothInputAndNameList() {
        assertThatThrownBy(() -> lister(false).list(List.of("-"), "-"))
            .isInstanceOf(InputLister.UsageException.class).hasMessageContaining("standard input");
    }

    @Test
    void aMissingNameListIsAUsageError() {
        assertThatThrownBy(() -> lister(false).list(List.of(), tmp.resolve("none").toString()))
            .isInstanceOf(InputLister.UsageException.class).hasMessageEndingWith(": no such file");
    }

    @Test
    void anEmptyNameIsNotTheCurrentFolder() throws Exception {
        assertThat(lister(true).list(List.of(""), null)).containsExactly(Input.named(""));
        assertThatThrownBy(() -> lister(false).list(List.of(), ""))
            .isInstanceOf(InputLister.UsageException.class).hasMessage("--files-from : no such file");
    }

    private static InputLister lister(boolean recursive) {
        return new InputLister(recursive, NO_STDIN, null, false);
    }

    private static List<String> names(List<Input> inputs) {
        return inputs.stream().map(Input::name).toList();
    }

    private void touch(String relative) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    private String p(String relative) {
        return tmp.resolve(relative).toString();
    }
}
