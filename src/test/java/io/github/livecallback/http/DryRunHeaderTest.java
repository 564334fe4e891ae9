package io.github.livecallback.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms of {@code X-Live-Dry-Run} as the edge reads them; end to end: {@code endtoend.invocation.DryRunTest}. */
class DryRunHeaderTest {

    @Test
    void noHeaderIsNoDryRun() {
        assertEquals(Optional.of(false), DryRunHeader.read(new FakeExchange().context));
    }

    @ParameterizedTest
    @ValueSource(strings = { "true", "1", "yes", "TRUE", "Yes", " true " })
    void theTrueFormsAskForADryRun(String value) {
        assertEquals(Optional.of(true), DryRunHeader.read(withHeader(value).context));
    }

    @ParameterizedTest
    @ValueSource(strings = { "false", "0", "no", "FALSE", " No " })
    void theFalseFormsDoNot(String value) {
        assertEquals(Optional.of(false), DryRunHeader.read(withHeader(value).context));
    }

    @ParameterizedTest
    @ValueSource(strings = { "y", "n", "on", "2", "", "true,false" })
    void anyOtherValueIsNeither(String value) {
        assertEquals(Optional.empty(), DryRunHeader.read(withHeader(value).context));
    }

    @Test
    void anAcceptedValueLetsTheRequestThrough() {
        FakeExchange exchange = withHeader("no");

        DryRunHeader.check(exchange.context);

        assertTrue(exchange.nextCalled);
        assertNull(exchange.failure);
    }

    @Test
    void anUnclearValueIsRefusedWithTheAcceptedForms() {
        FakeExchange exchange = withHeader("y");

        DryRunHeader.check(exchange.context);

        assertFalse(exchange.nextCalled);
        RequestRefused refused = assertInstanceOf(RequestRefused.class, exchange.failure);
        assertEquals(400, refused.status);
        assertEquals("InvalidParam.OutOfRange", refused.code);
        assertTrue(refused.getMessage().contains("{[true, 1, yes, false, 0, no]}"), refused.getMessage());
    }

    private static FakeExchange withHeader(String value) {
        return new FakeExchange().header(DryRunHeader.NAME, value);
    }
}
