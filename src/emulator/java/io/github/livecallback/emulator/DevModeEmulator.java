package io.github.livecallback.emulator;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Starts the emulator beside the function in dev mode, where the function's endpoint points at it. */
@IfBuildProfile("dev")
@ApplicationScoped
class DevModeEmulator {

    private static final Logger LOG = Logger.getLogger(DevModeEmulator.class);

    private LiveApiEmulator emulator;

    void start(@Observes StartupEvent event, @ConfigProperty(name = "emulator.port", defaultValue = "8089") int port)
            throws IOException {
        emulator = LiveApiEmulator.start(port, EmulatorAccount.demoAccounts());
        LOG.infof("Live OpenAPI emulator listening on %s", emulator.endpoint());
    }

    void stop(@Observes ShutdownEvent event) {
        if (emulator != null) {
            emulator.close();
        }
    }
}
