package io.github.livecallback.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.Violation;

/**
 * Refuses the fields of a payload that are not the API's, suggesting the field a caller meant: the same name in
 * another case ({@code vhost}), or one at most two edits away ({@code AuthEnabled}, {@code CallbackDetailsList}).
 * A misspelt field dropped in silence would send a change the caller did not ask for.
 */
public final class FieldNames {

    private static final int MOST_EDITS = 2;

    private FieldNames() {
    }

    /**
     * An {@code InvalidParam} for every field of {@code object} that is neither one of {@code fields} nor of
     * {@code alsoAccepted}.
     *
     * @param pathPrefix put before each field name in the violation ({@code CallbackDetailList[0].})
     * @param owner what the fields belong to, for the message: {@code UpdateCallback}, {@code a batch}
     * @param fields the fields of the API, which suggestions come from
     * @param alsoAccepted fields the invocation itself reads
     */
    public static List<Violation> unknown(JsonNode object, String pathPrefix, String owner, Set<String> fields,
            Set<String> alsoAccepted) {
        List<Violation> violations = new ArrayList<>();
        object.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name) && !alsoAccepted.contains(name)) {
                String suggestion = closest(name, fields).map(meant -> ": did you mean " + meant + "?")
                        .orElse(": the fields are " + String.join(", ", fields) + ".");
                violations.add(new Violation(pathPrefix + name, ErrorCodes.INVALID_PARAM, pathPrefix + name
                        + " is not a field of " + owner + suggestion + " Field names are case-sensitive; nothing was "
                        + "sent"));
            }
        });
        return violations;
    }

    static Optional<String> closest(String unknown, Collection<String> known) {
        String lower = unknown.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(candidate -> editDistance(lower, candidate.toLowerCase(Locale.ROOT)) <= MOST_EDITS)
                .min(Comparator.comparingInt(candidate -> editDistance(lower, candidate.toLowerCase(Locale.ROOT))));
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
