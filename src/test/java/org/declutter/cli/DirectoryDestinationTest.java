package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One output file per input: flat for named inputs, in their folders for walked ones, never over anything of this run. */
class DirectoryDestinationTest {

    @TempDir
    Path tmp;

    @Test
    void writesAWalkedInputIntoItsFolderCreatingIt() throws Exception {
        Path out = tmp.resolve("out");
        Input input = walked("site", "a/b/index.html.gz");

        DirectoryDestination.create(out, "txt", List.of(input)).deliver(input, "body\n");

        assertThat(Files.readString(out.resolve("a/b/index.txt"))).isEqualTo("body\n");
    }

    @Test
    void writesANamedInputStraightIntoTheDirectory() throws Exception {
        Path out = tmp.resolve("out");
        Input input = Input.named(tmp.resolve("site/a/index.html").toString());

        DirectoryDestination.create(out, "md", List.of(input)).deliver(input, "body\n");

        assertThat(Files.readString(out.resolve("index.md"))).isEqualTo("body\n");
        assertThat(out.resolve("a")).doesNotExist();
    }

    @Test
    void filesOfTheSameNameInDifferentFoldersGetOneOutputEach() throws Exception {
        Path out = tmp.resolve("out");
        Input a = walked("site", "a/index.html");
        Input b = walked("site", "b/index.html");
        Destination destination = DirectoryDestination.create(out, "txt", List.of(a, b));

        destination.deliver(a, "first\n");
        destination.deliver(b, "second\n");

        assertThat(Files.readString(out.resolve("a/index.txt"))).isEqualTo("first\n");
        assertThat(Files.readString(out.resolve("b/index.txt"))).isEqualTo("second\n");
    }

    @Test
    void twoWalksWithTheSamePathsClaimOneOutputAndTheFirstResultStays() throws Exception {
        Path out = tmp.resolve("out");
        Input first = walked("one", "a/index.html");
        Input second = walked("two", "a/index.htm");
        Destination destination = DirectoryDestination.create(out, "txt", List.of(first, second));
        destination.deliver(first, "first\n");

        assertThatThrownBy(() -> destination.deliver(second, "second\n"))
            .isInstanceOf(OutputException.class)
            .hasMessage("output " + out.resolve("a/index.txt") + " is already the output of " + first.name());
        assertThat(Files.readString(out.resolve("a/index.txt"))).isEqualTo("first\n");
    }

    @Test
    void refusesToOverwriteAnInputOfTheWalkedTree() throws Exception {
        Path site = tmp.resolve("site");
        Input html = walked("site", "a/notes.html");
        Input text = walked("site", "a/notes.txt");
        Files.createDirectories(site.resolve("a"));
        Files.writeString(Path.of(text.name()), "the input\n");

        assertRefusedAndKept(site, List.of(html, text), html, site.resolve("a/notes.txt"), Path.of(text.name()));
    }

    @Test
    void refusesToOverwriteAnInputReachedThroughALinkToTheOutputFolder() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("t1"));
        Path input = Files.writeString(folder.resolve("a.txt"), "the input\n");
        Path link = Files.createSymbolicLink(tmp.resolve("t1link"), folder);
        Input named = Input.named(input.toString());

        assertRefusedAndKept(link, List.of(named), named, link.resolve("a.txt"), input);
    }

    @Test
    void refusesToOverwriteTheFileAnInputLinksTo() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("t1"));
        Path real = Files.writeString(out.resolve("a.txt"), "the input\n");
        Path link = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("t2")).resolve("a.html"), real);
        Input named = Input.named(link.toString());

        assertRefusedAndKept(out, List.of(named), named, out.resolve("a.txt"), real);
    }

    @Test
    void replacesALinkInTheOutputsPlaceNotTheFileItLinksTo() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere.txt"), "not an input\n");
        Files.createSymbolicLink(out.resolve("a.txt"), elsewhere);
        Input named = Input.named(tmp.resolve("a.html").toString());

        DirectoryDestination.create(out, "txt", List.of(named)).deliver(named, "clean\n");

        assertThat(out.resolve("a.txt")).isRegularFile().hasContent("clean");
        assertThat(elsewhere).hasContent("not an input");
    }

    @Test
    void aFileWhereAFolderShouldBeIsAFailureOfThatInputOnly() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("a"), "not a folder\n");
        Input blocked = walked("site", "a/index.html");
        Input free = walked("site", "b/index.html");
        Destination destination = DirectoryDestination.create(out, "txt", List.of(blocked, free));

        assertThatThrownBy(() -> destination.deliver(blocked, "body\n"))
            .isInstanceOf(OutputException.class)
            .hasMessageStartingWith("cannot write " + out.resolve("a/index.txt") + ": ");
        destination.deliver(free, "body\n");

        assertThat(Files.readString(out.resolve("a"))).isEqualTo("not a folder\n");
        assertThat(out.resolve("b/index.txt")).hasContent("body");
    }

    private Input walked(String root, String relative) throws IOException {
        return Input.found(tmp.resolve(root), tmp.resolve(root).resolve(relative));
    }

    /**
     * Delivering {@code delivered}'s output into {@code out} is refused as overwriting an input, at
     * {@code shown}, and {@code input} keeps its text.
     */
    private static void assertRefusedAndKept(Path out, List<Input> inputs, Input delivered, Path shown, Path input)
            throws Exception {
        Destination destination = DirectoryDestination.create(out, "txt", inputs);

        assertThatThrownBy(() -> destination.deliver(delivered, "clean\n"))
            .isInstanceOf(OutputException.class).hasMessage("output " + shown + " would overwrite an input");
        assertThat(Files.readString(input)).isEqualTo("the input\n");
    }
}
