package io.github.livecallback.http;

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

    public void set(int status) {
        RoutingContext context = currentRequest.getCurrent();
        if (context != null && status != 200) {
            context.addHeadersEndHandler(ignored -> context.response().setStatusCode(status));
        }
    }
}
