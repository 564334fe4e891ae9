package io.github.livecallback.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files say what the guides say: the Knative Service is reachable from the cluster only and expects
 * no token (a broker cannot send one), its Triggers name the broker the guide creates, and every command in the
 * README, docs/ and the guides uses a Maven profile and files this build has.
 */
class DeploymentGuidesTest {

    private static final Pattern PROFILE = Pattern.compile("(?<![\\w-])-P([\\w,-]+)");
    private static final Pattern PROJECT_FILE = Pattern.compile("(?<![\\w./-])((?:src|deployment|docs)/[\\w./-]*[\\w-])");

    @Test
    @SuppressWarnings("unchecked")
    void theKnativeServiceIsClusterLocalAndExpectsNoToken() throws IOException {
        Map<String, Object> service = new Yaml().load(Files.readString(Path.of("deployment/knative/service.yaml")));
        Map<String, Object> metadata = (Map<String, Object>) service.get("metadata");
        assertEquals("cluster-local",
                ((Map<String, Object>) metadata.get("labels")).get("networking.knative.dev/visibility"));

        String yaml = Files.readString(Path.of("deployment/knative/service.yaml"));
        assertFalse(yaml.contains("name: LIVE_CALLBACK_INBOUND_TOKEN"), "a broker's delivery cannot send the token");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKnativeServiceProbesReadinessAndLivenessWithoutAToken() throws IOException {
        Map<String, Object> service = new Yaml().load(Files.readString(Path.of("deployment/knative/service.yaml")));
        Map<String, Object> template = (Map<String, Object>) ((Map<String, Object>) service.get("spec")).get("template");
        List<Map<String, Object>> containers = (List<Map<String, Object>>) ((Map<String, Object>) template.get("spec"))
                .get("containers");
        assertEquals(1, containers.size());
        Map<String, Object> container = containers.get(0);

        Map<String, Object> readiness = (Map<String, Object>) container.get("readinessProbe");
        Map<String, Object> liveness = (Map<String, Object>) container.get("livenessProbe");
        assertEquals("/q/health/ready", ((Map<String, Object>) readiness.get("httpGet")).get("path"));
        assertEquals("/q/health/live", ((Map<String, Object>) liveness.get("httpGet")).get("path"));
        for (Map<String, Object> probe : List.of(readiness, liveness)) {
            Map<String, Object> httpGet = (Map<String, Object>) probe.get("httpGet");
            assertFalse(httpGet.containsKey("httpHeaders"), "the probes pass the edge without a token: " + probe);
            assertFalse(httpGet.containsKey("port"), "Knative probes the container's port itself: " + probe);
            // Readiness pings Redis for up to live-callback.store.command-timeout (1s by default).
            assertTrue(((Number) probe.getOrDefault("timeoutSeconds", 1)).intValue() >= 2,
                    "a probe must outwait the store's command timeout: " + probe);
        }
        assertTrue(Files.readString(Path.of("docs/operating.md")).contains("/q/health/ready"),
                "the probes are documented");
    }

    @Test
    @SuppressWarnings("unchecked")
    void bothPackagesLogJsonLines() throws IOException {
        Map<String, Object> service = new Yaml().load(Files.readString(Path.of("deployment/knative/service.yaml")));
        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) service
                .get("spec")).get("template")).get("spec");
        List<Map<String, Object>> env = (List<Map<String, Object>>) ((List<Map<String, Object>>) spec
                .get("containers")).get(0).get("env");
        assertTrue(env.stream().anyMatch(variable -> "LIVE_CALLBACK_LOG_FORMAT".equals(variable.get("name"))
                && "json".equals(variable.get("value"))), "the Knative Service logs JSON: " + env);

        List<String> runSh = Files.readAllLines(Path.of("deployment/vefaas/run.sh"));
        int export = runSh.indexOf("export LIVE_CALLBACK_LOG_FORMAT=\"${LIVE_CALLBACK_LOG_FORMAT:-json}\"");
        int exec = runSh.stream().filter(line -> line.startsWith("exec ")).findFirst().map(runSh::indexOf).orElse(-1);
        assertTrue(export >= 0 && export < exec, "run.sh sets JSON logs, unless given, before it starts the function");
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusFindsTheMetricsOnTheServingPort() throws IOException {
        Map<String, Object> service = new Yaml().load(Files.readString(Path.of("deployment/knative/service.yaml")));
        Map<String, Object> template = (Map<String, Object>) ((Map<String, Object>) service.get("spec"))
                .get("template");
        Map<String, Object> annotations = (Map<String, Object>) ((Map<String, Object>) template.get("metadata"))
                .get("annotations");
        Map<String, Object> container = ((List<Map<String, Object>>) ((Map<String, Object>) template.get("spec"))
                .get("containers")).get(0);
        Object port = ((List<Map<String, Object>>) container.get("ports")).get(0).get("containerPort");
        assertEquals("true", annotations.get("prometheus.io/scrape"));
        assertEquals("/q/metrics", annotations.get("prometheus.io/path"));
        assertEquals(String.valueOf(port), annotations.get("prometheus.io/port"));
    }

    @Test
    void theTriggersNameTheBrokerTheGuideCreates() throws IOException {
        String guide = Files.readString(Path.of("deployment/knative/README.md"));
        List<Object> triggers = new ArrayList<>();
        new Yaml().loadAll(Files.readString(Path.of("deployment/knative/triggers.yaml"))).forEach(triggers::add);

        assertEquals(4, triggers.size());
        for (Object trigger : triggers) {
            @SuppressWarnings("unchecked")
            Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) trigger).get("spec");
            String broker = (String) spec.get("broker");
            assertTrue(guide.contains("kn broker create " + broker), "the guide does not create broker " + broker);
            assertTrue(spec.containsKey("delivery"), "429 and 5xx must be redelivered");
        }
    }

    @Test
    void everyCommandInTheGuidesUsesProfilesAndFilesOfThisBuild() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        List<String> problems = new ArrayList<>();
        int commands = 0;
        for (Path guide : guides()) {
            for (String line : Files.readAllLines(guide)) {
                if (!line.strip().startsWith("./mvnw") && !line.strip().startsWith("docker build")
                        && !line.strip().startsWith("kubectl")) {
                    continue;
                }
                commands++;
                Matcher profiles = PROFILE.matcher(line);
                while (profiles.find()) {
                    for (String profile : profiles.group(1).split(",")) {
                        if (!pom.contains("<id>" + profile + "</id>")) {
                            problems.add(guide + ": profile " + profile + " in `" + line.strip() + "`");
                        }
                    }
                }
                Matcher files = PROJECT_FILE.matcher(line);
                while (files.find()) {
                    if (!Files.exists(Path.of(files.group(1)))) {
                        problems.add(guide + ": no file " + files.group(1) + " in `" + line.strip() + "`");
                    }
                }
            }
        }
        assertTrue(commands >= 8, "found only " + commands + " commands");
        assertEquals(List.of(), problems);
    }

    private static List<Path> guides() throws IOException {
        List<Path> guides = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Stream.concat(Files.list(Path.of("docs")), Files.walk(Path.of("deployment")))) {
            docs.filter(path -> path.toString().endsWith(".md")).forEach(guides::add);
        }
        return guides;
    }
}
