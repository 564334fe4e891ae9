package io.github.livecallback.function;

import java.util.List;

import io.github.livecallback.api.CallbackScope;
import io.github.livecallback.api.Violation;
import io.github.livecallback.logging.LogLine;

/**
 * What an invocation asks for, read from whichever entry point it came through (a function's path, a console test
 * event, a CloudEvent): one change or a batch of them, each already checked, with its context.
 */
sealed interface Invocation permits Invocation.Change, Invocation.Batch {

    InvocationContext context();

    /** The action's API name ({@code Batch} for a batch); {@code null} when it named none that exists. */
    String actionName();

    /** Whether performing it would change a configuration: not a dry run, not only reading. */
    boolean changesConfiguration();

    /** The start of its log line: what it is, never the payload, so no secret can reach it. */
    LogLine logLine();

    /**
     * One change to perform.
     *
     * @param action the action, or {@code null} when the invocation named none that exists
     * @param request the bound request; its fields are what the log line names, also when it is refused
     * @param violations every rule the payload breaks; a change is sent only without any
     */
    record Change(LiveAction action, CallbackScope request, List<Violation> violations, InvocationContext context)
            implements Invocation {

        /** The log's word for the scope of a change that names no App or MessageType: all of them. */
        private static final String ALL = "*";

        @Override
        public boolean changesConfiguration() {
            return !context.dryRun() && (action == LiveAction.UPDATE_CALLBACK || action == LiveAction.DELETE_CALLBACK);
        }

        @Override
        public String actionName() {
            return action == null ? null : action.apiName();
        }

        @Override
        public LogLine logLine() {
            LogLine line = new LogLine().field("action", actionName());
            if (request == null) {
                return line.field("target", null);
            }
            if (request.vhost() != null) {
                line.field("vhost", request.vhost());
            }
            if (request.domain() != null) {
                line.field("domain", request.domain());
            }
            return line.field("app", request.app() == null ? ALL : request.app())
                    .field("messageType", request.messageType() == null ? ALL : request.messageType());
        }
    }

    /**
     * A list of changes, performed in order.
     *
     * @param violations what is wrong with the batch itself (no Changes, too many); then no change is performed
     */
    record Batch(List<Change> changes, List<Violation> violations, InvocationContext context) implements Invocation {

        @Override
        public boolean changesConfiguration() {
            return changes.stream().anyMatch(Change::changesConfiguration);
        }

        @Override
        public String actionName() {
            return BatchExecutor.ACTION;
        }

        @Override
        public LogLine logLine() {
            return new LogLine().field("action", actionName()).field("items", changes.size());
        }
    }
}
