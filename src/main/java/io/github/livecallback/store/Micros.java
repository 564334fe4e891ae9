package io.github.livecallback.store;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as Redis holds them: whole microseconds, the precision of its {@code TIME} command. */
final class Micros {

    private Micros() {
    }

    static long of(Duration duration) {
        return duration.toNanos() / 1000;
    }

    static long of(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }

    static Instant toInstant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
