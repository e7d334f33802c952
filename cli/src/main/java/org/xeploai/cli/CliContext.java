package org.xeploai.cli;

import org.xeploai.engine.Xeploai;

/**
 * What commands take from outside the command line: the engine (built with the clock that decides which years have a
 * pack) and whether standard error is a terminal (for the progress bar). Tests build one with a fixed clock.
 */
public record CliContext(Xeploai xeploai, boolean stderrIsTerminal) {
}
