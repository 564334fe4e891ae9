package io.github.livecallback.store;

/** The right to change one scope, held until closed or until its lease (the deadline it was taken with) runs out. */
public interface ScopeLock extends AutoCloseable {

    /**
     * Lets the next change of the scope go ahead. Does nothing when the lease has already run out and someone else
     * holds the scope.
     *
     * @throws StoreUnavailable when the shared store cannot be told; the lock then lapses with its lease
     */
    @Override
    void close();
}
