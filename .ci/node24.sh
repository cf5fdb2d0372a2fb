# Puts Node 24 (package.json "engines") first on PATH; sourced by .ci/run. Where the Node on PATH
# is another major (this CI machine ships 20), the npm registry's node-linux-<arch> package
# brings the binary: npm installs it once under NODE24_PREFIX, and later runs reuse it.
NODE24_PREFIX=${NODE24_PREFIX:-$HOME/.node24}
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" != 24 ]; then
  node24_package="node-linux-$(node -p process.arch)"
  node24_bin="$NODE24_PREFIX/node_modules/$node24_package/bin"
  if ! "$node24_bin/node" --version 2>/dev/null | grep -q '^v24\.'; then
    npm install --prefix "$NODE24_PREFIX" --prefer-offline --no-audit --no-fund "$node24_package@24" >/dev/null || return 1
  fi
  # npm itself stays the system's; its `#!/usr/bin/env node` now runs on Node 24 too, and would
  # then look for its global config under Node 24's folder: keep the system's, which may hold what
  # reaching the registry takes (this machine's keeps its certificate authority there).
  export npm_config_globalconfig="${npm_config_globalconfig:-$(npm config get globalconfig)}"
  export PATH="$node24_bin:$PATH"
fi
echo "Node $(node --version), npm $(npm --version)"
