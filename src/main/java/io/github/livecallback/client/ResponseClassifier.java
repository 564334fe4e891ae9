package io.github.livecallback.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.ApiError;
import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.telemetry.AttemptResult;

/**
 * Turns what the Live OpenAPI answered (or failed to answer) into a result or an {@link UpstreamFailure} with the
 * status this function answers with: the upstream 4xx where a retry cannot help, and 429, 502, 503 or 504 where it
 * can. An error envelope that came with HTTP 200 is retried whatever its code: the API sends {@code CommonErr} that
 * way, and a 200 that is not a success says nothing a caller could fix.
 */
final class ResponseClassifier {

    private static final int MAX_CAUSE_LENGTH = 300;
    /**
     * The longest Retry-After taken from the API, waited for (within the deadline) or passed on to the caller; a
     * longer or malformed one is read as this. The API's own are a second or so.
     */
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(5);

    private ResponseClassifier() {
    }

    /** @param retryAfter the answer's Retry-After header, or {@code null} */
    static LiveResponse read(String action, int status, byte[] body, String retryAfter, ObjectMapper mapper,
            Envelopes envelopes) {
        if (status >= 300 && status < 400) {
            // The API never redirects: a redirect means the endpoint is not the API, and following it would send
            // a signed request elsewhere.
            throw new UpstreamFailure.Permanent(502, envelopes.error(null, action, ErrorCodes.BAD_RESPONSE,
                    "The Live OpenAPI answered HTTP " + status + ", a redirect, which the API never sends; check "
                            + "VOLC_LIVE_ENDPOINT"));
        }
        LiveResponse envelope;
        try {
            envelope = mapper.readValue(body, LiveResponse.class);
        } catch (IOException e) {
            envelope = null;
        }
        if (envelope == null || envelope.responseMetadata() == null) {
            throw new UpstreamFailure.Retriable(502, envelopes.error(null, action, ErrorCodes.BAD_RESPONSE,
                    "The Live OpenAPI answered HTTP " + status + " without a response envelope"));
        }
        ApiError error = envelope.responseMetadata().error();
        if (error == null && status == 200) {
            return envelope;
        }
        if (error == null) {
            error = ApiError.of(ErrorCodes.BAD_RESPONSE, "The Live OpenAPI answered HTTP " + status
                    + " without an error code");
            envelope = new LiveResponse(envelope.responseMetadata().withError(error), envelope.result());
        }
        if (isRetriable(status, error.code())) {
            throw new UpstreamFailure.Retriable(retriableStatus(status), envelope, parseRetryAfter(retryAfter));
        }
        throw new UpstreamFailure.Permanent(status, envelope);
    }

    /**
     * The answer's bytes, at most {@code max} of them: the real API's answers are a few KB, and a larger one is not
     * buffered (four 100 MB answers at once ran the function out of memory).
     *
     * @throws TooLarge when the answer is longer; the rest is left unread
     */
    static byte[] readAtMost(InputStream answer, int max) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int count = answer.read(chunk); count != -1; count = answer.read(chunk)) {
            if (read.size() + count > max) {
                throw new TooLarge();
            }
            read.write(chunk, 0, count);
        }
        return read.toByteArray();
    }

    static UpstreamFailure.Retriable tooLarge(String action, int max, Envelopes envelopes) {
        return new UpstreamFailure.Retriable(502, envelopes.error(null, action, ErrorCodes.BAD_RESPONSE,
                "The Live OpenAPI's answer is larger than " + max + " bytes (volc.live.max-answer-size); "
                        + "it was not read"));
    }

    /** How an attempt that ended in {@code failure} went, for its span and the attempts metric. */
    static AttemptResult result(UpstreamFailure failure) {
        if (failure instanceof UpstreamFailure.Deferred) {
            return AttemptResult.CANCELLED;
        }
        if (ErrorCodes.SERVICE_TIMEOUT.equals(failure.code())) {
            return AttemptResult.TIMEOUT;
        }
        if (ErrorCodes.SERVICE_UNREACHABLE.equals(failure.code())) {
            return AttemptResult.RESET;
        }
        if (failure.status() == 429) {
            return AttemptResult.THROTTLED;
        }
        return failure.status() >= 500 ? AttemptResult.SERVER_ERROR : AttemptResult.CLIENT_ERROR;
    }

    /** An answer longer than this function reads. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super(null, null);
        }
    }

    static UpstreamFailure.Retriable unreachable(String action, Throwable failure, Envelopes envelopes) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
                return new UpstreamFailure.Retriable(504, envelopes.error(null, action, ErrorCodes.SERVICE_TIMEOUT,
                        "The Live OpenAPI did not answer in time"));
            }
        }
        return new UpstreamFailure.Retriable(503, envelopes.error(null, action, ErrorCodes.SERVICE_UNREACHABLE,
                "The Live OpenAPI could not be reached: " + describe(rootCause(failure))));
    }

    /** The failure underneath the client's wrappers: the one that says what happened (refused, untrusted...). */
    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The failure's type, with its message only for I/O and certificate failures: those name hosts, addresses and
     * certificates. Other messages may quote what was being sent (a header value that a client refused, say), and
     * the request's headers carry the signature and the session token.
     */
    private static String describe(Throwable cause) {
        boolean safeMessage = cause instanceof IOException || cause instanceof GeneralSecurityException;
        String message = !safeMessage || cause.getMessage() == null ? ""
                : ": " + cause.getMessage().replaceAll("\\p{Cntrl}", " ");
        String text = cause.getClass().getSimpleName() + message;
        return text.length() <= MAX_CAUSE_LENGTH ? text : text.substring(0, MAX_CAUSE_LENGTH) + "...";
    }

    static boolean isRetriable(int status, String code) {
        return status == 429 || status >= 500 || status == 200 || ErrorCodes.COMMON_ERR.equals(code);
    }

    /** 429 stays 429; 503 and 504 keep their meaning; every other retriable failure is a bad gateway. */
    static int retriableStatus(int upstreamStatus) {
        return switch (upstreamStatus) {
            case 429, 503, 504 -> upstreamStatus;
            default -> 502;
        };
    }

    /**
     * Retry-After in seconds, or as an HTTP date, at most {@link #MAX_RETRY_AFTER}; anything else is ignored. Digits
     * too many for a long are read as the maximum, not as an error.
     */
    static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (text.chars().allMatch(Character::isDigit)) {
            return text.length() > 6 ? MAX_RETRY_AFTER : atMostMax(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            Duration until = Duration.between(Instant.now(), ZonedDateTime.parse(text,
                    DateTimeFormatter.RFC_1123_DATE_TIME));
            return until.isNegative() ? Duration.ZERO : atMostMax(until);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static Duration atMostMax(Duration wait) {
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }
}
