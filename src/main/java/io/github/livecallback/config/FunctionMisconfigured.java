package io.github.livecallback.config;

import java.util.List;

/** The function cannot call the API because of its own configuration; a retry helps only once that is fixed. */
public class FunctionMisconfigured extends RuntimeException {

    private final transient List<String> problems;

    public FunctionMisconfigured(List<String> problems) {
        super("The function is not configured to call the Live OpenAPI: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** What to fix, one sentence each. */
    public List<String> problems() {
        return problems;
    }
}
