package io.github.livecallback.http;

import static io.github.livecallback.http.OperatorEndpoints.exceptOperatorReads;
import static io.github.livecallback.http.OperatorEndpoints.exceptProbes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.github.livecallback.api.ErrorCodes;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Everything a request meets before a Funqy function, in this order:
 * <ol>
 * <li>its arrival is marked ({@link Arrival});</li>
 * <li>{@code GET /v1/ping} (and {@code HEAD}), the veFaaS health probe, answered at once and without
 * authentication;</li>
 * <li>the health probes ({@code GET}/{@code HEAD /q/health/ready} ...) pass every check below untouched, on to
 * SmallRye Health, and the Prometheus scrape ({@code GET /q/metrics}) every check after the token
 * ({@link OperatorEndpoints});</li>
 * <li>inbound authentication, when a token is configured;</li>
 * <li>the method: functions take a POST;</li>
 * <li>the dry-run header, when there is one: one of its accepted forms; the delivery headers
 * ({@link DeliveryHeaders}) well-formed;</li>
 * <li>once the body is read: a body at all, then the CloudEvent checks;</li>
 * </ol>
 * then Funqy's routes ({@code /} and {@code /<function>}), and last, for any other path, 404. Every refusal is
 * answered by {@link RouteFailureHandler} with the API's error envelope.
 */
@ApplicationScoped
public class EdgeRoutes {

    static final String PING = "/v1/ping";
    private static final int BEFORE_BODY = RouteConstants.ROUTE_ORDER_BODY_HANDLER - 1;
    private static final int AFTER_BODY = RouteConstants.ROUTE_ORDER_BODY_HANDLER + 1;

    private final InboundAuthentication authentication;
    private final CloudEventGuard cloudEvents;
    private final RouteFailureHandler failures;

    public EdgeRoutes(InboundAuthentication authentication, CloudEventGuard cloudEvents, RouteFailureHandler failures) {
        this.authentication = authentication;
        this.cloudEvents = cloudEvents;
        this.failures = failures;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_BODY).handler(Arrival::mark);
        router.route(PING).method(HttpMethod.GET).method(HttpMethod.HEAD).order(BEFORE_BODY)
                .handler(context -> context.response().end("pong"));
        router.route().order(BEFORE_BODY).handler(exceptProbes(authentication::check));
        router.route().order(BEFORE_BODY).handler(exceptOperatorReads(EdgeRoutes::requirePost));
        router.route().order(BEFORE_BODY).handler(exceptOperatorReads(DryRunHeader::check));
        router.route().order(BEFORE_BODY).handler(exceptOperatorReads(DeliveryHeaders::check));
        router.route().order(AFTER_BODY).handler(exceptOperatorReads(EdgeRoutes::requireBody));
        router.route().order(AFTER_BODY).handler(exceptOperatorReads(cloudEvents::check));
        router.route().failureHandler(failures::answer);
        // Funqy routes only "/" and "/<function>"; any other path reaches this route and is not found.
        router.route().last().handler(context -> context.fail(404));
    }

    /** Funqy would bind a GET's query string to the JSON input and fail with a stack trace: refuse it clearly. */
    private static void requirePost(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST) {
            context.fail(new RequestRefused(405, ErrorCodes.INVALID_ACTION_OR_VERSION,
                    "Functions are called with POST and a JSON body, not " + context.request().method()));
        } else {
            context.next();
        }
    }

    /**
     * Funqy fails with a NullPointerException (a 500, which a bus retries forever) on a POST without a body, whether
     * it says {@code Content-Length: 0} or nothing at all: refuse both as the empty payload they are.
     */
    private static void requireBody(RoutingContext context) {
        if (context.body().buffer() == null || context.body().buffer().length() == 0) {
            context.fail(new RequestRefused(400, ErrorCodes.BIND_ERROR,
                    ErrorCodes.BIND_ERROR_MESSAGE + ": the request body is empty, a JSON object is expected"));
        } else {
            context.next();
        }
    }
}
