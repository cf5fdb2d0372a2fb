#!/usr/bin/env bash
# Proves the README's "How to add a field" end to end, in a throwaway worktree (the checkout is
# untouched): adds a nullable `nickname` to MasterStudio by editing the two files the README
# names, runs the two commands it names, and asks the new field through the real gateway.
# Usage: scripts/add-field-check.sh      (about a minute; needs npm install done once)
set -euo pipefail
repo=$(git rev-parse --show-toplevel)
work=$(mktemp -d /tmp/add-field.XXXXXX)
trap 'git -C "$repo" worktree remove --force "$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$repo" worktree add --quiet --detach "$work" HEAD
# Hard links: the same packages, no second install; workspace links inside are relative.
cp -al "$repo/node_modules" "$work/node_modules"
[ -d "$repo/prisma/.migrate-tool/node_modules" ] && cp -al "$repo/prisma/.migrate-tool/node_modules" "$work/prisma/.migrate-tool/node_modules"
cd "$work"

# By hand, 1 of 2: the column.
sed -i '/^model MasterStudio {/,/^}/ s/^\(  nameEn  *String?\)$/\1\n  nickname         String?/' prisma/master-studios/schema.prisma
grep -q '^  nickname' prisma/master-studios/schema.prisma
# By hand, 2 of 2: the field.
sed -i "/^    nameEn: t.exposeString('nameEn'/a\\    nickname: t.exposeString('nickname', { nullable: true, description: 'A short name the studio goes by.' })," \
  subgraphs/master-studios/src/schema/master-studio.ts
grep -q "nickname: t.exposeString" subgraphs/master-studios/src/schema/master-studio.ts

# The commands the README names: the migration, the client, the SDL and the supergraph.
npm run -s db:diff -- master-studios add_studio_nickname >/dev/null
npm run -s generate >/dev/null 2>&1
npm run -s compose >/dev/null 2>&1
grep -q 'nickname: String' schema/master-studios.graphql schema/supergraph.graphql

# Through the real gateway over freshly migrated databases.
cat > test/add-field.check.ts <<'TS'
import { startGraph } from './support/graph.ts';
const graph = await startGraph();
try {
  const { data, errors } = await graph.query('{ masterStudios(first: 2) { edges { node { name nickname } } } }');
  if (errors) throw new Error(JSON.stringify(errors));
  console.log(JSON.stringify(data.masterStudios.edges.map((e: { node: unknown }) => e.node)));
} finally {
  await graph.stop();
}
TS
(cd test && LOG_LEVEL=error node add-field.check.ts)
rm test/add-field.check.ts

echo "Edited by hand:"
git status --porcelain | awk '{print $2}' | grep -E 'schema.prisma$|src/schema/' | sed 's/^/  /'
echo "Written by the commands:"
git status --porcelain | awk '{print $2}' | grep -vE 'schema.prisma$|src/schema/' | sed 's/^/  /'
