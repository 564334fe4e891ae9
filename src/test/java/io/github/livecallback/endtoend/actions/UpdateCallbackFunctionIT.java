package io.github.livecallback.endtoend.actions;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link UpdateCallbackFunctionTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class UpdateCallbackFunctionIT extends UpdateCallbackFunctionTest {
}
