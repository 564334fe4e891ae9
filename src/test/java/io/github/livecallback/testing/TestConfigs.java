package io.github.livecallback.testing;

import java.time.Duration;
import java.util.Map;

import io.github.livecallback.config.VolcConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** {@link VolcConfig} built from given properties and the defaults, without starting the application. */
public final class TestConfigs {

    public static VolcConfig volc(Map<String, String> properties) {
        return builder()
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build()
                .getConfigMapping(VolcConfig.class);
    }

    /** A builder of {@link VolcConfig} with the converters Quarkus gives its configuration. */
    public static SmallRyeConfigBuilder builder() {
        return new SmallRyeConfigBuilder()
                .withMapping(VolcConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withConverter(MemorySize.class, 100, new MemorySizeConverter());
    }

    private TestConfigs() {
    }
}
