package io.github.livecallback.http;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * A {@link RoutingContext} that answers only what the edge's small helpers ask of it, and records what they do:
 * request headers in, response headers, headers-end handlers, {@code next()} and {@code fail()} out.
 */
final class FakeExchange {

    final Map<String, String> requestHeaders = new HashMap<>();
    final Map<String, String> responseHeaders = new HashMap<>();
    final List<Handler<Void>> headersEndHandlers = new ArrayList<>();
    int statusCode = 200;
    boolean nextCalled;
    Throwable failure;

    final RoutingContext context = proxy(RoutingContext.class, (name, args) -> switch (name) {
        case "request" -> request();
        case "response" -> response();
        case "addHeadersEndHandler" -> {
            @SuppressWarnings("unchecked")
            Handler<Void> handler = (Handler<Void>) args[0];
            headersEndHandlers.add(handler);
            yield headersEndHandlers.size();
        }
        case "next" -> {
            nextCalled = true;
            yield null;
        }
        case "fail" -> {
            failure = (Throwable) args[0];
            yield null;
        }
        default -> throw new UnsupportedOperationException(name);
    });

    FakeExchange header(String name, String value) {
        requestHeaders.put(name, value);
        return this;
    }

    /** Runs the headers-end handlers, as Vert.x does just before it sends the headers. */
    void endHeaders() {
        headersEndHandlers.forEach(handler -> handler.handle(null));
    }

    private HttpServerRequest request() {
        return proxy(HttpServerRequest.class, (name, args) -> switch (name) {
            case "getHeader" -> requestHeaders.get(args[0].toString());
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private HttpServerResponse response() {
        HttpServerResponse[] self = new HttpServerResponse[1];
        self[0] = proxy(HttpServerResponse.class, (name, args) -> switch (name) {
            case "putHeader" -> {
                responseHeaders.put(args[0].toString(), args[1].toString());
                yield self[0];
            }
            case "setStatusCode" -> {
                statusCode = (Integer) args[0];
                yield self[0];
            }
            default -> throw new UnsupportedOperationException(name);
        });
        return self[0];
    }

    private interface Call {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(FakeExchange.class.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "fake " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> call.answer(method.getName(), args);
                }));
    }
}
