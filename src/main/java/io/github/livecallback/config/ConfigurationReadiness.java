package io.github.livecallback.config;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the configuration stops every call: the problems the start log names and every invocation is
 * answered with ({@link LiveApiSettings#standingProblems}), in the same words, which name variables and never values.
 */
@Readiness
@ApplicationScoped
public class ConfigurationReadiness implements HealthCheck {

    static final String NAME = "configuration";

    private final LiveApiSettings settings;
    private final boolean roleCredentials;

    @Inject
    public ConfigurationReadiness(LiveApiSettings settings, FunctionConfig function) {
        this(settings, function.roleCredentials());
    }

    ConfigurationReadiness(LiveApiSettings settings, boolean roleCredentials) {
        this.settings = settings;
        this.roleCredentials = roleCredentials;
    }

    @Override
    public HealthCheckResponse call() {
        List<String> problems = settings.standingProblems(roleCredentials);
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(problems.isEmpty());
        if (!problems.isEmpty()) {
            response.withData("reason", String.join("; ", problems));
        } else if (roleCredentials && settings.credentials().isEmpty()) {
            response.withData("note", "no VOLC_ACCESSKEY/VOLC_SECRETKEY: only invocations that carry role "
                    + "credentials can be signed");
        }
        return response.build();
    }
}
