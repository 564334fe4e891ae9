package io.github.livecallback.http;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while {@code LIVE_CALLBACK_INBOUND_TOKEN} is set but unusable, since {@link InboundAuthentication} then
 * refuses every invocation. The reason names the variable, never the token.
 */
@Readiness
@ApplicationScoped
public class InboundTokenReadiness implements HealthCheck {

    static final String NAME = "inbound-token";

    private final InboundAuthentication authentication;

    public InboundTokenReadiness(InboundAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public HealthCheckResponse call() {
        return authentication.tokenProblem()
                .map(problem -> HealthCheckResponse.named(NAME).down().withData("reason", problem).build())
                .orElseGet(() -> HealthCheckResponse.up(NAME));
    }
}
