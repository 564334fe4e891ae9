package io.github.livecallback.endtoend.configuration;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link OperatorConfigurationTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class OperatorConfigurationIT extends OperatorConfigurationTest {
}
