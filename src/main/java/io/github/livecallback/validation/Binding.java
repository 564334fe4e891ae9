package io.github.livecallback.validation;

import java.util.List;

import io.github.livecallback.api.Violation;

/**
 * The outcome of reading and checking a payload: the request to send, or every rule the payload breaks.
 * A binding with violations must not be sent.
 */
public record Binding<T>(T request, List<Violation> violations) {

    public boolean valid() {
        return violations.isEmpty();
    }
}
