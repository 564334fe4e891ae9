package io.github.livecallback.store;

/**
 * The shared store could not answer (Redis refused the connection, did not answer in time, or failed the command).
 * The message names the operation and the reason; it never carries the Redis URL, which may hold a password. The
 * cause is left out for the same reason: client exceptions are free to quote their connection string.
 */
public class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String message) {
        super(message, null, false, false);
    }
}
