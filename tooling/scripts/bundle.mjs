// Bundles one app entry (TypeScript) into a single ESM file for Node.
// Workspace packages (@cchc/*) are bundled from source; third-party packages stay external
// and are loaded from node_modules, so the bundle is small and starts fast.
import { readFileSync, rmSync } from "node:fs";
import { basename, dirname } from "node:path";
import { build } from "esbuild";

const [entry, outfile] = process.argv.slice(2);
if (!entry || !outfile) {
  console.error("usage: bundle.mjs ENTRY OUTFILE");
  process.exit(2);
}
const external = new Set();
for (const file of [
  "package.json",
  "../../packages/db/package.json",
  "../../packages/report/package.json",
  "../../packages/domain/package.json",
]) {
  try {
    const pkg = JSON.parse(readFileSync(file, "utf8"));
    for (const name of Object.keys(pkg.dependencies ?? {})) if (!name.startsWith("@cchc/")) external.add(name);
  } catch {
    // a package that does not exist yet has no dependencies to keep external
  }
}
// Effect is bundled (tree-shaken) rather than loaded from node_modules: importing the package
// loads every one of its modules, ≈ 0,3 s of a command's start on a quiet 2-core machine, while a
// command uses a small part of it. No other dependency imports "effect", so there is one copy.
external.delete("effect");
external.delete("ink");
external.delete("react");
// loaded by Ink only with DEV=true (React DevTools); not installed
external.add("react-devtools-core");
// Code splitting keeps start-up fast: a command loads only the chunks it imports (the console's
// Ink and React, the report renderers, Effect) instead of one file that imports everything first.
const outdir = dirname(outfile);
rmSync(`${outdir}/chunks`, { recursive: true, force: true });
await build({
  entryPoints: { [basename(outfile).replace(/\.js$/, "")]: entry },
  outdir,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  jsx: "automatic",
  external: [...external].flatMap((n) => [n, `${n}/*`]),
  banner: {
    js: "import { createRequire as __cchcCreateRequire } from 'node:module'; const require = __cchcCreateRequire(import.meta.url);",
  },
  logLevel: "warning",
});
