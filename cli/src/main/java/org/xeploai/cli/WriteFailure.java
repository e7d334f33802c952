package org.xeploai.cli;

import org.xeploai.engine.output.OutputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/** A file a command writes (a pack copy, a template) could not be written: exit 5 with the output bundle's words. */
final class WriteFailure {

    private WriteFailure() {
    }

    static OutputException of(Path folder, IOException e) {
        Path path = e instanceof FileSystemException fse && fse.getFile() != null ? Path.of(fse.getFile()) : folder;
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = reason.toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException) {
            return new OutputException(path, OutputException.ACCESS_DENIED, e);
        }
        if (lower.contains("no space left") || lower.contains("disk full")) {
            return new OutputException(path, OutputException.DISK_FULL, e);
        }
        if (lower.contains("not a directory") || e instanceof java.nio.file.FileAlreadyExistsException) {
            return new OutputException(path, OutputException.NOT_A_FOLDER, e);
        }
        String why = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : reason;
        return new OutputException(path, OutputException.IO_ERROR, e, why);
    }
}
