package io.github.livecallback.store;

import java.util.Objects;

/**
 * One callback configuration: a scope ({@code vhost:push.example.com} or {@code domain:rtmp.push.example.com}), an
 * App and a MessageType. A null App or MessageType stands for all of them, as a delete of a whole Vhost or App does.
 */
public record ChangeKey(String scope, String app, String messageType) {

    public ChangeKey {
        Objects.requireNonNull(scope, "scope");
    }

    /** Whether a change of one could undo or be undone by a change of the other. */
    public boolean overlaps(ChangeKey other) {
        return scope.equals(other.scope) && coversEither(app, other.app)
                && coversEither(messageType, other.messageType);
    }

    private static boolean coversEither(String mine, String theirs) {
        return mine == null || theirs == null || mine.equals(theirs);
    }
}
