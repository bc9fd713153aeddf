#!/bin/bash
# The image's HEALTHCHECK. The Temurin JRE image has neither curl nor wget, so this asks Spring Boot's liveness
# group through bash's /dev/tcp instead: healthy only when the portal answers HTTP 200.
set -euo pipefail

exec 3<>"/dev/tcp/127.0.0.1/${PORT:-8080}"
printf 'GET /actuator/health/liveness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS=' ' read -r _ status _ <&3
[[ $status == 200* ]]
