package io.github.livecallback.emulator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The callback configurations of one emulated account, keyed as the API keys them: (Vhost or Domain, App,
 * MessageType). The key keeps whether a configuration was created with Vhost or with Domain, because the documents
 * say it must be deleted with the same one. UpdateCallback replaces a whole configuration; DeleteCallback without
 * MessageType removes every type, and without App every app of the Vhost. DescribeCallback lists the
 * configurations created with the given Vhost or Domain (and App, even with Domain, as the official SDKs send it);
 * its items carry {@code Vhost}, never {@code Domain}: one created with a Domain reports that domain's vhost.
 */
final class CallbackStore {

    private static final ZoneOffset CHINA_STANDARD_TIME = ZoneOffset.ofHours(8);

    private record Key(String scope, String name, String app, String messageType) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return toString().compareTo(other.toString());
        }
    }

    private record Stored(ObjectNode configuration, OffsetDateTime createdAt) {
    }

    private final Map<Key, Stored> configurations = new TreeMap<>();
    private final Map<String, String> domainsToVhosts;
    private final ObjectMapper mapper;
    private final Clock clock;

    CallbackStore(Map<String, String> domainsToVhosts, ObjectMapper mapper, Clock clock) {
        this.domainsToVhosts = Map.copyOf(domainsToVhosts);
        this.mapper = mapper;
        this.clock = clock;
    }

    synchronized void update(JsonNode body) {
        Key key = key(body, UpstreamRules.text(body, "MessageType"));
        Stored previous = configurations.get(key);
        ObjectNode configuration = mapper.createObjectNode();
        configuration.put("Vhost", key.scope().equals("Vhost") ? key.name() : domainsToVhosts.get(key.name()));
        configuration.put("App", Objects.requireNonNullElse(key.app(), ""));
        configuration.put("MessageType", key.messageType());
        configuration.put("TranscodeCallback", body.path("TranscodeCallback").asInt(0));
        ArrayNode details = configuration.putArray("CallbackDetailList");
        for (JsonNode detail : body.get("CallbackDetailList")) {
            // Stored as the API's examples show it, whatever letter case was accepted; unknown fields are dropped.
            details.addObject()
                    .put("CallbackType", UpstreamRules.text(detail, "CallbackType").toLowerCase(Locale.ROOT))
                    .put("URL", UpstreamRules.text(detail, "URL"));
        }
        configuration.put("AuthEnable", body.path("AuthEnable").asBoolean(false));
        configuration.put("AuthKeyPrimary", Objects.requireNonNullElse(UpstreamRules.text(body, "AuthKeyPrimary"), ""));
        OffsetDateTime createdAt = previous != null ? previous.createdAt()
                : OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        configurations.put(key, new Stored(configuration, createdAt));
    }

    synchronized void delete(JsonNode body) {
        Key target = key(body, UpstreamRules.text(body, "MessageType"));
        boolean removed = configurations.keySet().removeIf(stored -> matches(stored, target));
        if (!removed) {
            // The documents say nothing of this case; ResourceNotFound ("-": no documented message) is their code for
            // a missing resource, the same an unknown domain gets. The function tells the two apart with a Describe.
            throw new EmulatorError(404, "ResourceNotFound", null, "callback configuration not found");
        }
    }

    synchronized ObjectNode describe(JsonNode body) {
        Key target = key(body, UpstreamRules.text(body, "MessageType"));
        ArrayNode list = mapper.createArrayNode();
        configurations.forEach((key, stored) -> {
            if (matches(key, target)) {
                ObjectNode item = stored.configuration().deepCopy();
                item.put("CreateTime", stored.createdAt().withOffsetSameInstant(CHINA_STANDARD_TIME)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                item.put("CreateTimeUTC", stored.createdAt().withOffsetSameInstant(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                list.add(item);
            }
        });
        ObjectNode result = mapper.createObjectNode();
        result.set("CallbackList", list);
        return result;
    }

    synchronized void clear() {
        configurations.clear();
    }

    /** A key whose null App or MessageType matches every app or type. */
    private Key key(JsonNode body, String messageType) {
        String vhost = UpstreamRules.text(body, "Vhost");
        String domain = UpstreamRules.text(body, "Domain");
        if (vhost != null && !domainsToVhosts.containsValue(vhost)) {
            throw new EmulatorError(404, "ResourceNotFound.VhostNotExist", null, "vhost not found");
        }
        if (domain != null && !domainsToVhosts.containsKey(domain)) {
            // The documents have no code of their own for an unknown domain: ResourceNotFound names domains.
            throw new EmulatorError(404, "ResourceNotFound", null, "domain not found");
        }
        // With Domain, App is only ever given to DescribeCallback: the rules refuse it in the other actions.
        return new Key(vhost != null ? "Vhost" : "Domain", vhost != null ? vhost : domain,
                UpstreamRules.text(body, "App"), messageType);
    }

    private static boolean matches(Key stored, Key target) {
        return stored.scope().equals(target.scope()) && stored.name().equals(target.name())
                && (target.app() == null || target.app().equals(stored.app()))
                && (target.messageType() == null || target.messageType().equals(stored.messageType()));
    }
}
