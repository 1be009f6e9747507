package org.declutter.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes one file per input under the output directory, named by {@link OutputNames}
 * ({@code a.html.gz} gives {@code DIR/a.txt}, {@code a/x.html} found by a walk {@code DIR/a/x.txt}),
 * each file atomically, creating folders as needed. Refuses to overwrite an input, and refuses a
 * second input whose output name is already taken in this run rather than silently replacing the
 * first one's result.
 */
final class DirectoryDestination implements Destination {

    private final Path dir;
    private final String extension;
    /**
     * The inputs as the file system knows them (device and inode), not as they are spelt: through a
     * link to the output folder, or a link among the inputs, an output's path can name an input's
     * file under another name.
     */
    private final Set<Object> inputs = new HashSet<>();
    private final Map<Path, String> claimed = new HashMap<>();
    /** The folders this run has made sure of: asking again costs every output two system calls. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private DirectoryDestination(Path dir, String extension, Iterable<Input> inputList) {
        this.dir = dir;
        this.extension = extension;
        for (Input input : inputList) {
            if (!input.name().equals(InputCleaner.STDIN)) {
                try {
                    inputs.add(identity(InputPaths.of(input.name())));
                } catch (IOException e) {
                    // It names no file to overwrite; reading it reports why.
                }
            }
        }
    }

    /** Creates the directory if needed; {@code inputs} are the inputs the run reads. */
    static DirectoryDestination create(Path dir, String extension, Iterable<Input> inputs) throws OutputException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new OutputException("cannot create output directory: " + e.getFile() + " exists and is not a directory", e);
        } catch (AccessDeniedException e) {
            throw new OutputException("cannot create output directory: permission denied", e);
        } catch (IOException e) {
            throw new OutputException("cannot create output directory: " + IoReasons.brief(e), e);
        }
        return new DirectoryDestination(dir, extension, inputs);
    }

    @Override
    public void deliver(Input input, String output) throws OutputException {
        Path shown = dir.resolve(OutputNames.of(input, extension));
        Path target = shown.toAbsolutePath().normalize();
        claim(target, input.name(), shown);
        try {
            if (!folders.contains(target.getParent())) {
                Files.createDirectories(target.getParent());
                folders.add(target.getParent());
            }
            AtomicFiles.write(target, output);
        } catch (IOException e) {
            throw new OutputException("cannot write " + shown + ": " + IoReasons.brief(e), e);
        }
    }

    private synchronized void claim(Path target, String input, Path shown) throws OutputException {
        if (overwritesAnInput(target)) {
            throw new OutputException("output " + shown + " would overwrite an input");
        }
        String previous = claimed.putIfAbsent(target, input);
        if (previous != null) {
            throw new OutputException("output " + shown + " is already the output of " + previous);
        }
    }

    /**
     * Whether writing {@code target} would replace an input: whether a file is there that is one.
     * A link in the target's own place is replaced by the write, not followed, so it is not.
     */
    private boolean overwritesAnInput(Path target) {
        try {
            return inputs.contains(identity(target, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return false;
        }
    }

    /** What the file system knows a file by (its links followed unless told not to); its real path where it knows none. */
    private static Object identity(Path file, LinkOption... options) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class, options).fileKey();
        return key != null ? key : file.toRealPath(options);
    }
}
