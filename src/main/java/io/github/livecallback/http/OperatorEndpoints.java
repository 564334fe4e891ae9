package io.github.livecallback.http;

import java.util.Set;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The endpoints an operator's tools read, which the edge's function checks (POST, body, CloudEvent) must not refuse:
 * <ul>
 * <li>the health probes, {@code GET} and {@code HEAD} of {@code /q/health}, {@code /q/health/live},
 * {@code /q/health/ready} and {@code /q/health/started}, which also pass without the inbound token: a kubelet or
 * veFaaS cannot send it, so what they answer must never be sensitive;</li>
 * <li>the Prometheus scrape, {@code GET /q/metrics}, which needs the inbound token when one is configured
 * (Prometheus sends it with {@code authorization: credentials}).</li>
 * </ul>
 * Paths are compared after the router's own normalization (so {@code /q/health/../updateCallback} is not one); any
 * other method or path, the other health groups included, meets every check as before.
 */
final class OperatorEndpoints {

    /** SmallRye Health's paths under Quarkus' default non-application root, {@code /q}. */
    static final Set<String> PROBES = Set.of("/q/health", "/q/health/live", "/q/health/ready", "/q/health/started");
    /** Micrometer's Prometheus endpoint under the same root. */
    static final String METRICS = "/q/metrics";

    private OperatorEndpoints() {
    }

    static boolean isProbe(RoutingContext context) {
        return isRead(context) && PROBES.contains(context.normalizedPath());
    }

    static boolean isScrape(RoutingContext context) {
        return isRead(context) && METRICS.equals(context.normalizedPath());
    }

    /** {@code check} for every request but a probe, which goes straight on to its handler. */
    static Handler<RoutingContext> exceptProbes(Handler<RoutingContext> check) {
        return except(check, true);
    }

    /** {@code check} for every request but a probe or a scrape. */
    static Handler<RoutingContext> exceptOperatorReads(Handler<RoutingContext> check) {
        return except(check, false);
    }

    private static Handler<RoutingContext> except(Handler<RoutingContext> check, boolean probesOnly) {
        return context -> {
            if (isProbe(context) || (!probesOnly && isScrape(context))) {
                context.next();
            } else {
                check.handle(context);
            }
        };
    }

    private static boolean isRead(RoutingContext context) {
        HttpMethod method = context.request().method();
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }
}
