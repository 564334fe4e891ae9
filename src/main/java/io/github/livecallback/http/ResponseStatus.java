package io.github.livecallback.http;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Sets the HTTP status of the current invocation. Funqy has no API for status codes and writes 200 itself just
 * before the body, so the status is applied in a headers-end handler, the last moment before headers are sent.
 */
@ApplicationScoped
public class ResponseStatus {

    private final CurrentVertxRequest currentRequest;

    public ResponseStatus(CurrentVertxRequest currentRequest) {
        this.currentRequest = currentRequest;
    }

    /** @param retryAfter sent as {@code Retry-After} (whole seconds, rounded up) when present */
    public void set(int status, Optional<Duration> retryAfter) {
        RoutingContext context = currentRequest.getCurrent();
        if (context == null) {
            return;
        }
        retryAfter.ifPresent(wait -> context.response().putHeader("Retry-After",
                String.valueOf((wait.toMillis() + 999) / 1000)));
        if (status != 200) {
            context.addHeadersEndHandler(ignored -> context.response().setStatusCode(status));
        }
    }
}
