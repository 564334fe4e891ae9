package io.github.livecallback.client;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.livecallback.config.FunctionConfig;
import io.github.livecallback.config.FunctionMisconfigured;
import io.github.livecallback.config.LiveApiSettings;
import io.github.livecallback.signing.Credentials;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * The credentials of the invocation at hand: veFaaS role credentials from its headers when that is enabled and
 * they are there, else the configured ones.
 */
@ApplicationScoped
public class InvocationCredentials {

    public static final String ACCESS_KEY_HEADER = "X-Faas-Access-Key-Id";
    public static final String SECRET_KEY_HEADER = "X-Faas-Secret-Access-Key";
    public static final String SESSION_TOKEN_HEADER = "X-Faas-Session-Token";

    private final LiveApiSettings settings;
    private final boolean roleCredentials;
    private final CurrentVertxRequest currentRequest;

    public InvocationCredentials(LiveApiSettings settings, FunctionConfig config, CurrentVertxRequest currentRequest) {
        this.settings = settings;
        this.roleCredentials = config.roleCredentials();
        this.currentRequest = currentRequest;
    }

    /**
     * The credentials to sign with, once nothing in the configuration stops a call.
     *
     * @throws FunctionMisconfigured naming everything to fix, when the endpoint, region, service or keys are unusable
     *         or there are no credentials
     */
    public Credentials current() {
        Optional<Credentials> found = find();
        List<String> problems = settings.problems(found,
                roleCredentials ? ", or give the function a role" : "");
        if (!problems.isEmpty()) {
            throw new FunctionMisconfigured(problems);
        }
        return found.orElseThrow();
    }

    /** The credentials this invocation would be signed with, usable or not. */
    public Optional<Credentials> find() {
        Optional<Credentials> role = roleCredentials ? fromHeaders() : Optional.empty();
        return role.or(settings::credentials);
    }

    private Optional<Credentials> fromHeaders() {
        RoutingContext context = currentRequest.getCurrent();
        if (context == null) {
            return Optional.empty();
        }
        MultiMap headers = context.request().headers();
        String accessKey = headers.get(ACCESS_KEY_HEADER);
        String secretKey = headers.get(SECRET_KEY_HEADER);
        if (accessKey == null || accessKey.isBlank() || secretKey == null || secretKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(accessKey.trim(), secretKey.trim(),
                Optional.ofNullable(headers.get(SESSION_TOKEN_HEADER)).map(String::trim).filter(t -> !t.isEmpty())));
    }
}
