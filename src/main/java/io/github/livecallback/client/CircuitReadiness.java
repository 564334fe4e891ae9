package io.github.livecallback.client;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

/**
 * Not ready while the circuit breaker of {@link RetryingSender#send} is open: the Live OpenAPI failed repeatedly, and
 * every invocation is answered 503 without a call. The breaker half-opens by itself after its delay; readiness is
 * then UP again, so that traffic comes back and its trial attempts can close the circuit.
 */
@Readiness
@ApplicationScoped
public class CircuitReadiness implements HealthCheck {

    static final String NAME = "live-api-circuit";

    private final CircuitBreakerMaintenance breakers;
    private final RetryingSender sender;

    public CircuitReadiness(CircuitBreakerMaintenance breakers, RetryingSender sender) {
        this.breakers = breakers;
        this.sender = sender;
    }

    @Override
    public HealthCheckResponse call() {
        CircuitBreakerState state = breakers.currentState(RetryingSender.CIRCUIT_BREAKER);
        var response = HealthCheckResponse.named(NAME).status(state != CircuitBreakerState.OPEN)
                .withData("state", state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (state == CircuitBreakerState.OPEN) {
            response.withData("reason", "the Live OpenAPI failed repeatedly: the circuit breaker is open and "
                    + "invocations are answered 503 UpstreamCircuitOpen without a call; it lets a trial call through "
                    + sender.circuitDelay().toMillis() + " ms after it opened");
        }
        return response.build();
    }
}
