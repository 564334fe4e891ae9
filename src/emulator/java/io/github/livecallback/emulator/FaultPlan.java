package io.github.livecallback.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Scripted failures: the next {@code times} matching requests, after passing the signature check, get the given
 * error instead of being served. With status 200 and code {@code CommonErr} this reproduces the API's errors that
 * come with HTTP 200.
 */
final class FaultPlan {

    /** @param action an action name, or {@code *} for every action */
    record Fault(String action, int status, String code, String message, int times) {
    }

    private final Deque<Fault> faults = new ArrayDeque<>();

    synchronized void add(Fault fault) {
        faults.addLast(fault);
    }

    synchronized Optional<EmulatorError> next(String action) {
        for (Fault fault : faults) {
            if (fault.action().equals("*") || fault.action().equals(action)) {
                faults.remove(fault);
                if (fault.times() > 1) {
                    faults.addFirst(new Fault(fault.action(), fault.status(), fault.code(), fault.message(),
                            fault.times() - 1));
                }
                return Optional.of(new EmulatorError(fault.status(), fault.code(), null, fault.message()));
            }
        }
        return Optional.empty();
    }

    synchronized void clear() {
        faults.clear();
    }
}
