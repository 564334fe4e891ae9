package io.github.livecallback.store;

/** A place held in the account's quota window by one request. */
public interface QuotaPlace {

    /**
     * The request's answer came back (or it failed): the place is held one more window, then freed. Calling it again
     * does nothing.
     *
     * @throws StoreUnavailable when the shared store cannot be told; the place then frees itself one window after
     *         the deadline it was acquired with, so ignoring the failure never lets the quota be overrun
     */
    void release();
}
