#!/bin/sh
# veFaaS native runtime start script. The platform sets _FAAS_RUNTIME_PORT (older runtimes _BYTEFAAS_RUNTIME_PORT);
# the function reads it itself and listens there on all interfaces. Only /tmp is writable.
# The log is one JSON object a line, for the platform's log service to index by field (docs/operating.md#logs);
# set LIVE_CALLBACK_LOG_FORMAT=text in the function's environment for the text lines instead.
cd "$(dirname "$0")" || exit 1
export LIVE_CALLBACK_LOG_FORMAT="${LIVE_CALLBACK_LOG_FORMAT:-json}"
exec ./live-callback-function "$@"
