package io.github.livecallback.api;

/** The (Vhost | Domain, App, MessageType) that a request acts on; what the invocation log names as its target. */
public interface CallbackScope {

    String vhost();

    String domain();

    String app();

    String messageType();

    default String describe() {
        StringBuilder text = new StringBuilder();
        if (vhost() != null) {
            text.append("vhost=").append(vhost());
        }
        if (domain() != null) {
            text.append(text.isEmpty() ? "" : " ").append("domain=").append(domain());
        }
        text.append(text.isEmpty() ? "" : " ").append("app=").append(app() == null ? "*" : app());
        text.append(" messageType=").append(messageType() == null ? "*" : messageType());
        return text.toString();
    }
}
