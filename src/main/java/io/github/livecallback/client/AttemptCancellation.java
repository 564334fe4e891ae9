package io.github.livecallback.client;

import org.jboss.resteasy.reactive.client.impl.RestClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestFilter;

/**
 * Hands each request of the Live client to the {@link AttemptWatchdog} watch that waits for it, so that the watch can
 * reset the request's connection at the deadline or when the caller goes. The JAX-RS API has no way to cancel a
 * request in flight; the REST client's own context, which this filter unwraps, has.
 */
public class AttemptCancellation implements ResteasyReactiveClientRequestFilter {

    private final AttemptWatchdog watchdog;

    public AttemptCancellation(AttemptWatchdog watchdog) {
        this.watchdog = watchdog;
    }

    @Override
    public void filter(ResteasyReactiveClientRequestContext request) {
        watchdog.attach(request.getEntity(), request.unwrap(RestClientRequestContext.class));
    }
}
