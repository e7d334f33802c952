package org.xeploai.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule pack that cannot be used, with every problem found (the run stops with exit code 4). */
public class RulePackException extends RuntimeException {
    private final transient List<PackProblem> problems;

    public RulePackException(List<PackProblem> problems) {
        super(problems.stream().map(PackProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public RulePackException(PackProblem problem) {
        this(List.of(problem));
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
