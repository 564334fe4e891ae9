package io.github.livecallback.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

class ResponseStatusTest {

    @ParameterizedTest(name = "{0} ms -> Retry-After: {1}")
    @CsvSource({ "1, 1", "999, 1", "1000, 1", "1001, 2", "2500, 3", "300000, 300" })
    void retryAfterIsInWholeSecondsRoundedUp(long millis, String seconds) {
        FakeExchange exchange = new FakeExchange();

        statusOf(exchange).set(429, Optional.of(Duration.ofMillis(millis)));

        assertEquals(Map.of("Retry-After", seconds), exchange.responseHeaders);
    }

    @ParameterizedTest
    @CsvSource({ "400", "429", "502" })
    void theStatusIsAppliedWhenTheHeadersAreSentOverFunqysOwn200(int status) {
        FakeExchange exchange = new FakeExchange();

        statusOf(exchange).set(status, Optional.empty());
        exchange.statusCode = 200; // what Funqy writes just before the body
        exchange.endHeaders();

        assertEquals(status, exchange.statusCode);
        assertTrue(exchange.responseHeaders.isEmpty());
    }

    @Test
    void a200LeavesTheResponseAlone() {
        FakeExchange exchange = new FakeExchange();

        statusOf(exchange).set(200, Optional.empty());

        assertTrue(exchange.headersEndHandlers.isEmpty());
        assertTrue(exchange.responseHeaders.isEmpty());
    }

    private static ResponseStatus statusOf(FakeExchange exchange) {
        CurrentVertxRequest current = new CurrentVertxRequest();
        current.setCurrent(exchange.context);
        return new ResponseStatus(current);
    }
}
