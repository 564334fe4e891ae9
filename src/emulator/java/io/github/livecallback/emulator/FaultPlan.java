package io.github.livecallback.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Failures on demand, after the signature check:
 * <ul>
 * <li>scripted: the next {@code times} matching requests get the given error (with status 200 and code
 * {@code CommonErr} this reproduces the API's errors that come with HTTP 200; with {@code retryAfter}, a 429 burst
 * that says when to come back);</li>
 * <li>chaos: a share of all requests get one of the given errors, or have their connection reset, and every
 * request is delayed.</li>
 * </ul>
 */
final class FaultPlan {

    /**
     * @param action an action name, or {@code *} for every action
     * @param codeN the numeric code of a gateway error, or {@code null}
     */
    record Fault(String action, int status, String code, Integer codeN, String message, int times,
            Integer retryAfter) {

        EmulatorError error() {
            return new EmulatorError(status, code, codeN, message, retryAfter);
        }
    }

    /**
     * @param failureRate share of requests answered with one of {@code failures}, picked at random
     * @param resetRate share of requests whose connection is closed without an answer
     * @param latencyMillis delay added to every request
     */
    record Chaos(double failureRate, List<Fault> failures, double resetRate, long latencyMillis) {

        static final Chaos NONE = new Chaos(0, List.of(), 0, 0);
    }

    private final Deque<Fault> faults = new ArrayDeque<>();
    private volatile Chaos chaos = Chaos.NONE;

    synchronized void add(Fault fault) {
        faults.addLast(fault);
    }

    void chaos(Chaos settings) {
        chaos = settings;
    }

    long latencyMillis() {
        return chaos.latencyMillis();
    }

    boolean resetNow() {
        return chaos.resetRate() > 0 && ThreadLocalRandom.current().nextDouble() < chaos.resetRate();
    }

    /** The error this request of this action gets, if any: a scripted fault first, then chaos. */
    synchronized Optional<EmulatorError> next(String action) {
        for (Fault fault : faults) {
            if (fault.action().equals("*") || fault.action().equals(action)) {
                faults.remove(fault);
                if (fault.times() > 1) {
                    faults.addFirst(new Fault(fault.action(), fault.status(), fault.code(), fault.codeN(),
                            fault.message(), fault.times() - 1, fault.retryAfter()));
                }
                return Optional.of(fault.error());
            }
        }
        Chaos current = chaos;
        if (!current.failures().isEmpty() && ThreadLocalRandom.current().nextDouble() < current.failureRate()) {
            return Optional.of(current.failures().get(ThreadLocalRandom.current().nextInt(current.failures().size()))
                    .error());
        }
        return Optional.empty();
    }

    synchronized void clear() {
        faults.clear();
        chaos = Chaos.NONE;
    }
}
