package io.github.livecallback.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.CallbackScope;
import io.github.livecallback.api.Envelopes;
import io.github.livecallback.client.CallLimits;
import io.github.livecallback.store.ChangeKey;
import io.github.livecallback.store.ChangeOrder;
import io.github.livecallback.store.ScopeLock;
import io.github.livecallback.store.StoreUnavailable;
import io.github.livecallback.testing.TestConfigs;

/** What a change is answered when the shared store fails before it is sent, or after. */
class ChangeOrderingTest {

    private static final Envelopes ENVELOPES = new Envelopes(TestConfigs.volc(Map.of()));
    private static final Instant MADE_AT = Instant.parse("2026-12-02T08:00:00Z");

    private final AtomicBoolean sent = new AtomicBoolean();

    @Test
    void aChangeAppliedWhoseTimeCannotBeRecordedIsAnsweredRetriably() {
        Outcome outcome = ordering(new FakeOrder(false, null, true)).inOrder(change(), this::send);

        assertTrue(sent.get());
        assertEquals(503, outcome.status());
        assertEquals("SharedStoreUnavailable", outcome.envelope().responseMetadata().error().code());
        assertTrue(outcome.envelope().responseMetadata().error().message().startsWith("The change was applied"));
    }

    @Test
    void aStoreThatFailsBeforeTheSendSendsNothing() {
        Outcome outcome = ordering(new FakeOrder(true, null, false)).inOrder(change(), this::send);

        assertFalse(sent.get());
        assertEquals(503, outcome.status());
        assertTrue(outcome.envelope().responseMetadata().error().message().startsWith("Not sent"));
    }

    @Test
    void aNewerChangeSkipsTheSend() {
        Instant newer = MADE_AT.plusSeconds(5);
        Outcome outcome = ordering(new FakeOrder(false, newer, false)).inOrder(change(), this::send);

        assertFalse(sent.get());
        assertEquals(200, outcome.status());
        assertEquals("Stale", outcome.envelope().result().path("Skipped").asText());
        assertEquals(newer.toString(), outcome.envelope().result().path("NewerChangeTime").asText());
    }

    private Outcome send() {
        sent.set(true);
        return new Outcome(200, ENVELOPES.success("upstream", "UpdateCallback", null), "ok");
    }

    private static ChangeOrdering ordering(ChangeOrder order) {
        return new ChangeOrdering(order, ENVELOPES, new ObjectMapper());
    }

    private static Invocation.Change change() {
        CallbackScope target = new CallbackScope() {
            @Override
            public String vhost() {
                return "push.example.com";
            }

            @Override
            public String domain() {
                return null;
            }

            @Override
            public String app() {
                return "live";
            }

            @Override
            public String messageType() {
                return "push";
            }
        };
        InvocationContext context = new InvocationContext("correlation",
                new InvocationContext.Delivery(null, null, null, null, "hash", MADE_AT, null), false, null,
                CallLimits.until(Instant.now().plusSeconds(5)), false);
        return new Invocation.Change(LiveAction.UPDATE_CALLBACK, target, List.of(), context);
    }

    /** A store that fails where told to, and otherwise finds no newer change. */
    private record FakeOrder(boolean lockFails, Instant newer, boolean recordFails) implements ChangeOrder {

        @Override
        public Optional<ScopeLock> lock(String scope, Instant deadline) {
            if (lockFails) {
                throw new StoreUnavailable("Redis store unavailable for scope lock: refused");
            }
            return Optional.of(() -> {
            });
        }

        @Override
        public Optional<Instant> newerChange(ChangeKey key, Instant time) {
            return Optional.ofNullable(newer);
        }

        @Override
        public void record(ChangeKey key, Instant time) {
            if (recordFails) {
                throw new StoreUnavailable("Redis store unavailable for change record: refused");
            }
        }
    }
}
