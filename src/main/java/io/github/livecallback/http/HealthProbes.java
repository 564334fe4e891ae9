package io.github.livecallback.http;

import java.util.Set;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The platform's health probes, which pass the edge's checks (token, POST, body, CloudEvent) untouched: a kubelet or
 * veFaaS cannot send the inbound token. Exactly {@code GET} and {@code HEAD} of {@code /q/health},
 * {@code /q/health/live}, {@code /q/health/ready} and {@code /q/health/started}, compared after the router's own
 * normalization (so {@code /q/health/../updateCallback} is not one); any other method or path, the other health
 * groups included, meets every check as before. What these answer must therefore never be sensitive.
 */
final class HealthProbes {

    /** SmallRye Health's paths under Quarkus' default non-application root, {@code /q}. */
    static final Set<String> PATHS = Set.of("/q/health", "/q/health/live", "/q/health/ready", "/q/health/started");

    private HealthProbes() {
    }

    static boolean isProbe(RoutingContext context) {
        HttpMethod method = context.request().method();
        return (method == HttpMethod.GET || method == HttpMethod.HEAD) && PATHS.contains(context.normalizedPath());
    }

    /** {@code check} for every request but a probe, which goes straight on to its handler. */
    static Handler<RoutingContext> exceptProbes(Handler<RoutingContext> check) {
        return context -> {
            if (isProbe(context)) {
                context.next();
            } else {
                check.handle(context);
            }
        };
    }
}
