package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs of HTML and plain text never look in the documents jar (pom.xml, the two shaded jars):
 * every class and resource they ask for is in the command-line jar, so Java never opens the other
 * one and indexes its some 31 000 entries. The command runs in a class loader of its own over the
 * test's class path, which notes every name it is asked for that the command-line jar would not
 * hold, and every search of all jars at once. Without the documents jar (the loader then refusing
 * those names), a document fails with its reason and the other inputs are cleaned.
 */
class DocumentsJarTest {

    /** The libraries pom.xml puts in the command-line jar beside declutter's own classes. */
    private static final List<String> COMMAND_LINE_LIBRARIES = List.of("jsoup-", "re2j-", "gson-", "jackson-core-",
        "tika-parser-text-module-", "commons-io-");
    private static final Path FORMATS = Path.of("testdata", "cases", "formats");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"article.html", "article.html.gz", "article.cp1252.html", "article.undeclared-cp1252.html",
        "article.utf16.html", "article.crlf.txt", "article.txt.gz", "article.cp1252.txt", "article.utf16be.txt"})
    void htmlAndTextNeverLookInTheDocumentsJar(String input) throws Exception {
        assertThat(lookupsOutside(FORMATS.resolve(input).toString())).isEmpty();
        assertThat(lookupsOutside("--format", "json", FORMATS.resolve(input).toString())).isEmpty();
    }

    @Test
    void aJsonLinesStreamNeverLooksInTheDocumentsJar() throws Exception {
        Path feed = Files.writeString(tmp.resolve("feed.jsonl"),
            "{\"id\": \"a\", \"html\": \"<p>One paragraph of an article, long enough to be kept as prose.</p>\"}\n"
                + "{\"id\": \"b\", \"text\": \"One paragraph of an article, long enough to be kept as prose.\"}\n");

        assertThat(lookupsOutside("--jsonl", "--format", "json", feed.toString())).isEmpty();
    }

    @Test
    void aDocumentDoesLookInIt() throws Exception {
        assertThat(lookupsOutside(FORMATS.resolve("article.docx").toString())).anyMatch(name -> name.startsWith("org/apache/tika/"));
    }

    @Test
    void withoutTheDocumentsJarADocumentFailsWithAReasonAndTheOtherInputsAreCleaned() throws Exception {
        String docx = FORMATS.resolve("article.docx").toString();
        Run run = runWithout(docx, FORMATS.resolve("article.html").toString(), docx);

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err().lines()).hasSize(2).allMatch(line -> line.equals("declutter: " + docx
            + ": reading documents needs Apache Tika, which is not on the class path (declutter-documents.jar beside declutter.jar)"));
        assertThat(run.out()).contains("==> " + FORMATS.resolve("article.html") + " <==");
    }

    @Test
    void withoutTheDocumentsJarABzip2InputFailsWithAReasonAndAGzipOneIsCleaned() throws Exception {
        String bzip2 = FORMATS.resolve("article.html.bz2").toString();
        Run run = runWithout(bzip2, FORMATS.resolve("article.html.gz").toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).isEqualTo("declutter: " + bzip2 + ": reading bzip2 needs Apache Commons Compress, which is "
            + "not on the class path (declutter-documents.jar beside declutter.jar)\n");
        assertThat(run.out()).contains("==> " + FORMATS.resolve("article.html.gz") + " <==");
    }

    /** The names a run of the command asked its class loader for that the command-line jar does not hold. */
    private static Set<String> lookupsOutside(String... args) throws Exception {
        NotingLoader loader = loader(false);
        Run run = run(loader, args);

        assertThat(run.code()).as("exit code; stderr: %s", run.err()).isZero();
        assertThat(run.out()).isNotBlank();
        return loader.outside;
    }

    /** A run of the command with nothing but the command-line jar's classes and resources. */
    private static Run runWithout(String... args) throws Exception {
        return run(loader(true), args);
    }

    /** The command-line jar's class path, as a loader that notes (and, if {@code refuse}, refuses) the rest. */
    private static NotingLoader loader(boolean refuse) throws Exception {
        // The properties the command sets for picocli are part of what is tested: start without them.
        System.clearProperty("picocli.disable.closures");
        System.clearProperty("picocli.converters.excludes");
        List<URL> classPath = new ArrayList<>();
        Set<String> inJar = new HashSet<>();
        Path mainClasses = Path.of(DeclutterCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.equals(mainClasses)) {
                inJar.addAll(entries(path));
            } else if (COMMAND_LINE_LIBRARIES.stream().anyMatch(path.getFileName().toString()::startsWith)) {
                inJar.addAll(entries(path));
            }
            classPath.add(path.toUri().toURL());
        }
        return new NotingLoader(classPath.toArray(URL[]::new), inJar, refuse);
    }

    /** Runs the command as {@code Main} does, with its classes from {@code loader}. */
    private static Run run(NotingLoader loader, String... args) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try (loader) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            PrintWriter outWriter = new PrintWriter(out);
            PrintWriter errWriter = new PrintWriter(err);
            int code = (int) loader.loadClass(DeclutterCommand.class.getName())
                .getMethod("execute", String[].class, InputStream.class, PrintWriter.class, PrintWriter.class)
                .invoke(null, args, InputStream.nullInputStream(), outWriter, errWriter);
            outWriter.flush();
            errWriter.flush();
            return new Run(code, out.toString(), err.toString());
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static Set<String> entries(Path classPathEntry) throws IOException {
        if (Files.isDirectory(classPathEntry)) {
            try (Stream<Path> files = Files.walk(classPathEntry)) {
                return files.filter(Files::isRegularFile)
                    .map(f -> classPathEntry.relativize(f).toString().replace(File.separatorChar, '/'))
                    .collect(Collectors.toSet());
            }
        }
        try (JarFile jar = new JarFile(classPathEntry.toFile())) {
            return jar.stream().map(e -> e.getName()).collect(Collectors.toSet());
        }
    }

    /** A class loader that notes what it is asked for outside a set of names, and may refuse it. */
    private static final class NotingLoader extends URLClassLoader {
        final Set<String> outside = ConcurrentHashMap.newKeySet();
        private final Set<String> inJar;
        private final boolean refuse;

        NotingLoader(URL[] classPath, Set<String> inJar, boolean refuse) {
            super(classPath, ClassLoader.getPlatformClassLoader());
            this.inJar = inJar;
            this.refuse = refuse;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (!note(name.replace('.', '/') + ".class")) {
                throw new ClassNotFoundException(name);
            }
            return super.findClass(name);
        }

        @Override
        public URL findResource(String name) {
            return note(name) ? super.findResource(name) : null;
        }

        @Override
        public Enumeration<URL> findResources(String name) throws IOException {
            // A search of every jar opens every jar, whatever it finds.
            outside.add("every jar: " + name);
            return super.findResources(name);
        }

        /** Notes a name outside the command-line jar; whether to look for it. */
        private boolean note(String name) {
            if (inJar.contains(name)) {
                return true;
            }
            outside.add(name);
            return !refuse;
        }
    }
}
