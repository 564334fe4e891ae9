package io.github.livecallback.http;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.github.livecallback.api.ErrorCodes;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code X-Live-Dry-Run}: the usual true forms ask for a dry run, the false forms do not, and anything else is
 * refused before a function runs. Read leniently as "not true", {@code 1} sent a real change to someone who asked
 * for none.
 */
public final class DryRunHeader {

    public static final String NAME = "X-Live-Dry-Run";
    private static final Set<String> TRUE = Set.of("true", "1", "yes");
    private static final Set<String> FALSE = Set.of("false", "0", "no");

    private DryRunHeader() {
    }

    /** Whether the request asks for a dry run; empty when the header's value is none of the accepted forms. */
    public static Optional<Boolean> read(RoutingContext context) {
        String value = context.request().getHeader(NAME);
        if (value == null) {
            return Optional.of(false);
        }
        String normalized = value.trim().toLowerCase(Locale.ROOT);
        return TRUE.contains(normalized) ? Optional.of(true)
                : FALSE.contains(normalized) ? Optional.of(false) : Optional.empty();
    }

    static void check(RoutingContext context) {
        if (read(context).isPresent()) {
            context.next();
        } else {
            context.fail(new RequestRefused(400, ErrorCodes.OUT_OF_RANGE,
                    NAME + " should be one of {[true, 1, yes, false, 0, no]}; nothing was sent"));
        }
    }
}
