package io.github.livecallback.emulator;

import java.util.List;

/**
 * An account the emulator knows. {@code sessionToken} is set for temporary (STS) credentials, which must send it
 * signed; {@code billingActive} false makes every action answer {@code RequestForbidden.BillingStatus}.
 */
public record EmulatorAccount(String accessKeyId, String secretKey, String sessionToken, boolean billingActive) {

    /** The demo account that dev mode and the README use. */
    public static final EmulatorAccount DEMO = new EmulatorAccount("AKLTZGVtby1hY2Nlc3Mta2V5",
            "ZGVtby1zZWNyZXQta2V5LWZvci10aGUtbG9jYWwtZW11bGF0b3I=", null, true);
    /** Temporary credentials: access key, secret key and session token. */
    public static final EmulatorAccount STS = new EmulatorAccount("AKTPZGVtby1zdHMtYWNjZXNzLWtleQ",
            "ZGVtby1zdHMtc2VjcmV0LWtleQ==", "STSZGVtby1zZXNzaW9uLXRva2Vu", true);
    /** An account whose Live service is not active. */
    public static final EmulatorAccount SUSPENDED = new EmulatorAccount("AKLTc3VzcGVuZGVkLWFjY291bnQ",
            "c3VzcGVuZGVkLXNlY3JldA==", null, false);

    public static List<EmulatorAccount> demoAccounts() {
        return List.of(DEMO, STS, SUSPENDED);
    }

    @Override
    public String toString() {
        return "EmulatorAccount[" + accessKeyId + "]";
    }
}
