package org.xeploai.webui.run;

/** An upload refused before any run was made: the files, the year or the rows do not allow one. */
public class RunRejectedException extends RuntimeException {
    private final transient RunFailure failure;

    public RunRejectedException(RunFailure failure) {
        super(failure.code() + ": " + failure.message().en());
        this.failure = failure;
    }

    public RunFailure failure() {
        return failure;
    }
}
