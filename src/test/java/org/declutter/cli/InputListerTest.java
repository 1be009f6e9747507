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

    @Test
    void noInputMeansStandardInput() throws Exception {
        assertThat(new InputLister(false, NO_STDIN).list(List.of(), null)).containsExactly("-");
    }

    @Test
    void walksDirectoriesInSortedOrderSkippingHiddenFiles() throws Exception {
        touch("b/z.html");
        touch("b/a.txt");
        touch("a.html");
        touch(".git/config");
        touch("c/.hidden.html");

        List<String> inputs = new InputLister(true, NO_STDIN).list(List.of(tmp.toString()), null);

        assertThat(inputs).containsExactly(p("a.html"), p("b/a.txt"), p("b/z.html"));
    }

    @Test
    void withoutRecursionADirectoryStaysAnInputThatWillFail() throws Exception {
        assertThat(new InputLister(false, NO_STDIN).list(List.of(tmp.toString()), null)).containsExactly(tmp.toString());
    }

    @Test
    void addsTheNamesOfAFilesFromFileAfterTheArgumentsSkippingBlankLines() throws Exception {
        Path list = tmp.resolve("list");
        Files.writeString(list, "x.html\n\n  y.txt  \n");

        assertThat(new InputLister(false, NO_STDIN).list(List.of("w.html"), list.toString()))
            .containsExactly("w.html", "x.html", "y.txt");
    }

    @Test
    void readsTheNamesFromStandardInputForDash() throws Exception {
        InputStream names = new ByteArrayInputStream("x.html\ny.txt\n".getBytes(StandardCharsets.UTF_8));

        assertThat(new InputLister(false, names).list(List.of(), "-")).containsExactly("x.html", "y.txt");
    }

    @Test
    void refusesStandardInputAsBothInputAndNameList() {
        assertThatThrownBy(() -> new InputLister(false, NO_STDIN).list(List.of("-"), "-"))
            .isInstanceOf(InputLister.UsageException.class).hasMessageContaining("standard input");
    }

    @Test
    void aMissingNameListIsAUsageError() {
        assertThatThrownBy(() -> new InputLister(false, NO_STDIN).list(List.of(), tmp.resolve("none").toString()))
            .isInstanceOf(InputLister.UsageException.class).hasMessageEndingWith(": no such file");
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
