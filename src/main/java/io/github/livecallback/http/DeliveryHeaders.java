package io.github.livecallback.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.github.livecallback.api.ErrorCodes;
import io.vertx.ext.web.RoutingContext;

/**
 * What a plain HTTP caller tells about its event, as a CloudEvent does with its {@code source}, {@code id} and
 * {@code time}: {@code Idempotency-Key} names the event, so that a delivery of it again is answered without a second
 * call, and {@code X-Live-Change-Time} says when the change was made, so that an older change arriving late does not
 * undo a newer one. Malformed values are refused before a function runs.
 */
public final class DeliveryHeaders {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String CHANGE_TIME = "X-Live-Change-Time";
    static final int MAX_KEY_LENGTH = 255;

    private DeliveryHeaders() {
    }

    /** The caller's idempotency key, trimmed, if it sent one. */
    public static Optional<String> idempotencyKey(RoutingContext context) {
        return Optional.ofNullable(context.request().getHeader(IDEMPOTENCY_KEY)).map(String::trim)
                .filter(key -> !key.isEmpty());
    }

    /** When the caller made the change, if it said so. */
    public static Optional<Instant> changeTime(RoutingContext context) {
        return Optional.ofNullable(context.request().getHeader(CHANGE_TIME)).flatMap(DeliveryHeaders::parseTime);
    }

    /** An RFC 3339 timestamp, as CloudEvents' {@code time} and {@code X-Live-Change-Time} carry it. */
    public static Optional<Instant> parseTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static void check(RoutingContext context) {
        String key = context.request().getHeader(IDEMPOTENCY_KEY);
        String time = context.request().getHeader(CHANGE_TIME);
        if (key != null && (key.trim().length() > MAX_KEY_LENGTH
                || !key.trim().chars().allMatch(c -> c >= 0x20 && c < 0x7f))) {
            context.fail(new RequestRefused(400, ErrorCodes.FORMAT, IDEMPOTENCY_KEY + " should be 1 to "
                    + MAX_KEY_LENGTH + " printable ASCII characters; nothing was sent"));
        } else if (time != null && parseTime(time).isEmpty()) {
            context.fail(new RequestRefused(400, ErrorCodes.FORMAT, CHANGE_TIME
                    + " should be an RFC 3339 timestamp such as 2026-12-01T08:00:00.123Z; nothing was sent"));
        } else {
            context.next();
        }
    }
}
