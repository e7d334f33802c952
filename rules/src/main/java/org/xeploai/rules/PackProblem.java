package org.xeploai.rules;

/** One thing wrong with a rule pack, where it is: file (as the user names it), line (0 when unknown) and what. */
public record PackProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
