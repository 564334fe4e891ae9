package io.github.livecallback.emulator;

import java.util.ArrayList;
import java.util.List;

/** Every request the emulated API received, so that tests can tell what was sent, and what was not. */
final class Journal {

    /**
     * @param outcome {@code OK}, the error code answered, or {@code RESET}
     * @param xDate the request's X-Date, the moment it was signed
     * @param receivedAt when the request arrived, in milliseconds since the epoch
     */
    record Entry(String action, String accessKeyId, int status, String outcome, String signedHeaders, String xDate,
            String body, long receivedAt) {
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(Entry entry) {
        entries.add(entry);
    }

    synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    synchronized void clear() {
        entries.clear();
    }
}
