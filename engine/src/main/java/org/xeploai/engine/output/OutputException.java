package org.xeploai.engine.output;

import java.nio.file.Path;
import java.util.List;

/**
 * The results could not be written (the CLI exits with code 5): a folder that cannot be created, a file in the way,
 * no permission, a full disk. Carries the path concerned and a message key of {@code output_*.properties} whose
 * first argument is that path. When it is thrown the output folder holds what it held before the run.
 */
public class OutputException extends RuntimeException {
    /** A file stands where the output folder, or a folder above it, should be. */
    public static final String NOT_A_FOLDER = "output.not_a_folder";
    /** The output folder has no parent folder to hold the temporary folder (a file-system root). */
    public static final String ROOT_FOLDER = "output.root_folder";
    /** No permission to create or write there. */
    public static final String ACCESS_DENIED = "output.access_denied";
    /** The disk filled up while writing. */
    public static final String DISK_FULL = "output.disk_full";
    /** Any other input/output error; the second argument is the system's reason. */
    public static final String IO_ERROR = "output.io_error";
    /** A partitioned run's temporary files could not be written; the second argument is the system's reason. */
    public static final String TEMPORARY_FILES = "output.temporary_files";
    /** Every key this exception uses (a test checks that both languages have them). */
    public static final List<String> KEYS = List.of(NOT_A_FOLDER, ROOT_FOLDER, ACCESS_DENIED, DISK_FULL, IO_ERROR,
            TEMPORARY_FILES);

    private final transient Path path;
    private final String messageKey;
    private final transient List<Object> args;

    public OutputException(Path path, String messageKey, Throwable cause, Object... args) {
        super(path + ": " + messageKey + (cause == null ? "" : " (" + cause + ")"), cause);
        this.path = path;
        this.messageKey = messageKey;
        Object[] all = new Object[args.length + 1];
        all[0] = String.valueOf(path);
        System.arraycopy(args, 0, all, 1, args.length);
        this.args = List.of(all);
    }

    /** The folder or file that could not be written. */
    public Path path() {
        return path;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments; the first is always the path. */
    public List<Object> args() {
        return args;
    }
}
