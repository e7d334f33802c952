package org.xeploai.webui.run;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.xeploai.webui.system.XeploaiWebProperties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The folders the server owns: {@code DATA/runs/<run id>/input} for the uploaded files (under the engine's file
 * names) and {@code DATA/runs/<run id>/output} for what the engine wrote. A run id is checked to be a UUID before it
 * becomes part of a path, and nothing a user sends ever does.
 */
@Component
public class RunFolders {
    private final Path root;

    public RunFolders(XeploaiWebProperties properties) {
        this.root = properties.dataDir().toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path run(String runId) {
        return root.resolve("runs").resolve(checked(runId));
    }

    public Path input(String runId) {
        return run(runId).resolve("input");
    }

    public Path output(String runId) {
        return run(runId).resolve("output");
    }

    public Path createInput(String runId) {
        try {
            return Files.createDirectories(input(runId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void deleteInput(String runId) {
        delete(input(runId));
    }

    public void delete(String runId) {
        delete(run(runId));
    }

    private static void delete(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id as a canonical UUID string; anything else is no run of ours. */
    static String checked(String runId) {
        try {
            String canonical = UUID.fromString(runId).toString();
            if (!canonical.equalsIgnoreCase(runId)) {
                throw new RunNotFoundException(runId);
            }
            return canonical;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RunNotFoundException(String.valueOf(runId));
        }
    }
}
