package org.xeploai.webui.run;

/** Where a run stands: classifying, done, or stopped by an error (the run keeps the error's message). */
public enum RunState {
    RUNNING, SUCCEEDED, FAILED
}
