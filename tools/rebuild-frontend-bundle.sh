#!/usr/bin/env bash
# Rebuilds the portal's production frontend bundle, portal/src/main/bundles/prod.bundle, after a change to the
# frontend: an @NpmPackage, @JsModule, @CssImport or @JavaScript, a file in portal/src/main/frontend/, or a new
# Vaadin version. Commit the new prod.bundle and portal/package-lock.json with the change (docs/decisions/014).
# Needs the npm client once, to put Node into .node/; the Maven build itself may stay offline (-o).
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-node.sh
# A clean portal/target: Vaadin zips the whole frontend output folder into prod.bundle, stale files included.
./mvnw -B "$@" -pl portal -am clean package -DskipTests -Dvaadin.force.production.build=true
ls -l portal/src/main/bundles/prod.bundle
git status --short -- portal/src/main/bundles portal/package-lock.json
