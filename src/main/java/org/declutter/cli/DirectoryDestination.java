package org.declutter.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code DIR/<name>.<ext>} per input ({@code a.html.gz} gives {@code a.txt}), each file
 * atomically. Refuses to overwrite an input, and refuses a second input whose output name is
 * already taken in this run rather than silently replacing the first one's result.
 */
final class DirectoryDestination implements Destination {

    private final Path dir;
    private final String extension;
    private final Set<Path> inputs = new HashSet<>();
    private final Map<Path, String> claimed = new HashMap<>();

    private DirectoryDestination(Path dir, String extension, Iterable<String> inputNames) {
        this.dir = dir;
        this.extension = extension;
        for (String input : inputNames) {
            if (!input.equals(InputCleaner.STDIN)) {
                inputs.add(Path.of(input).toAbsolutePath().normalize());
            }
        }
    }

    /** Creates the directory if needed; {@code inputNames} are the files the run reads. */
    static DirectoryDestination create(Path dir, String extension, Iterable<String> inputNames) throws OutputException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new OutputException("cannot create output directory: " + e.getFile() + " exists and is not a directory", e);
        } catch (AccessDeniedException e) {
            throw new OutputException("cannot create output directory: permission denied", e);
        } catch (IOException e) {
            throw new OutputException("cannot create output directory: " + IoReasons.brief(e), e);
        }
        return new DirectoryDestination(dir, extension, inputNames);
    }

    @Override
    public void deliver(String input, String output) throws OutputException {
        String name = OutputNames.of(input.equals(InputCleaner.STDIN) ? "stdin" : input, extension);
        Path target = dir.resolve(name).toAbsolutePath().normalize();
        claim(target, input, name);
        try {
            AtomicFiles.write(target, output);
        } catch (IOException e) {
            throw new OutputException("cannot write " + dir.resolve(name) + ": " + IoReasons.brief(e), e);
        }
    }

    private synchronized void claim(Path target, String input, String name) throws OutputException {
        if (inputs.contains(target)) {
            throw new OutputException("output " + dir.resolve(name) + " would overwrite an input");
        }
        String previous = claimed.putIfAbsent(target, input);
        if (previous != null) {
            throw new OutputException("output " + dir.resolve(name) + " is already the output of " + previous);
        }
    }
}
