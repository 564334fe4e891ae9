package io.github.livecallback.telemetry;

/** The names of span attributes and metric tags, the same in both so that a trace and a metric can be joined. */
final class Attributes {

    static final String ACTION = "live.action";
    static final String ENTRY_POINT = "live.entry_point";
    static final String OUTCOME = "live.outcome";
    static final String STATUS = "live.status";
    static final String CODE = "live.code";
    static final String RESULT = "live.result";
    static final String ATTEMPT = "live.attempt";
    static final String UPSTREAM_REQUEST_ID = "live.upstream.request_id";
    static final String CORRELATION_ID = "live.correlation_id";
    static final String HTTP_STATUS = "http.response.status_code";
    static final String EVENT_ID = "cloudevents.event_id";
    /** A tag's value where there is nothing to say: Prometheus wants every series of a meter to have its tags. */
    static final String NONE = "none";

    private Attributes() {
    }
}
