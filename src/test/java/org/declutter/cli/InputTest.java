package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An input's output folder: its folder under the directory a walk found it in, or none. */
class InputTest {

    @Test
    void aFileFoundByAWalkKeepsItsFolderRelativeToTheWalkedDirectory() {
        Input input = Input.found(Path.of("mirror/site"), Path.of("mirror/site/news/2024/index.html"));

        assertThat(input.name()).isEqualTo("mirror/site/news/2024/index.html");
        assertThat(input.folder()).isEqualTo(Path.of("news/2024"));
    }

    @Test
    void aFileAtTheTopOfTheWalkedDirectoryHasNoFolder() {
        assertThat(Input.found(Path.of("site"), Path.of("site/index.html")).folder()).isEqualTo(Path.of(""));
    }

    @Test
    void walkingTheCurrentDirectoryGivesTheSameFoldersAsNamingIt() {
        Input input = Input.found(Path.of("."), Path.of("./a/index.html"));

        assertThat(input.name()).isEqualTo("./a/index.html");
        assertThat(input.folder()).isEqualTo(Path.of("a"));
    }

    @Test
    void aNamedFileHasNoFolderWhereverItIs() {
        assertThat(Input.named("site/a/index.html").folder()).isEqualTo(Path.of(""));
    }
}
