#!/bin/sh
# veFaaS native runtime start script. The platform sets _FAAS_RUNTIME_PORT (older runtimes _BYTEFAAS_RUNTIME_PORT);
# the function reads it itself and listens there on all interfaces. Only /tmp is writable.
cd "$(dirname "$0")" || exit 1
exec ./live-callback-function "$@"
