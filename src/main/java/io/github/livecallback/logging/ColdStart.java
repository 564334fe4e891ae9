package io.github.livecallback.logging;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Singleton;

/**
 * Tells the first invocation this instance handles from the others, for the invocation log's {@code coldStart}: a
 * platform starts an instance for an invocation that finds none free, so that invocation also waited for the start.
 */
@Singleton
public class ColdStart {

    private final AtomicBoolean first = new AtomicBoolean(true);

    /** {@code true} for the first invocation that asks, {@code false} for every later one. */
    public boolean claim() {
        return first.getAndSet(false);
    }
}
