// Architecture check run by `npm test` and CI:
//  1. packages/domain imports no I/O, database, HTTP or UI code (it must stay pure);
//  2. no app imports another app;
//  3. packages never import apps;
//  4. packages/contract imports only effect and the domain (it runs in the browser and the console),
//     and Schema modules of other packages that themselves import only effect, the domain and
//     such modules (the report download's JSON form: `@cchc/report/assembly/AssemblyResult`).
// Prints each violation with file and line and exits 1 when there is any.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) return [];
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|mjs|js)$/.test(name) ? [p] : [];
  });
const importsOf = (file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      const m = /(?:from\s+|import\s*\(\s*|import\s+|require\s*\(\s*)["']([^"']+)["']/.exec(line);
      return m ? [{ spec: m[1], line: i + 1 }] : [];
    });

const FORBIDDEN_IN_DOMAIN = [
  /^node:/,
  /^(fs|path|os|child_process|http|https|net|crypto|url|stream|zlib)$/,
  /^kysely/,
  /^hono/,
  /^@hono\//,
  /^postgres/,
  /^@electric-sql\//,
  /^solid-js/,
  /^ink/,
  /^react/,
  /^@cchc\/(db|report|api|web|tui)/,
  /^docx$/,
  /^exceljs$/,
  /^jszip$/,
];
const violations = [];
for (const file of files(join(root, "packages/domain/src"))) {
  for (const { spec, line } of importsOf(file))
    if (FORBIDDEN_IN_DOMAIN.some((re) => re.test(spec)))
      violations.push(`${relative(root, file)}:${line}: domain imports I/O or UI: ${spec}`);
}
// The contract is shared with the browser and the console: Schemas and data only, no server code.
const ALLOWED_IN_CONTRACT = [/^effect$/, /^@cchc\/domain(\/|$)/, /^\./];
// A module of another package (`@cchc/<pkg>/<path>` → packages/<pkg>/src/<path>.ts) the contract may
// import: it and everything it imports in its package use only effect and the domain.
const packageModule = (spec) => {
  const m = /^@cchc\/(report)\/(.+)$/.exec(spec);
  return m ? join(root, "packages", m[1], "src", `${m[2]}.ts`) : undefined;
};
const schemaOnly = (file, seen = new Set()) => {
  if (seen.has(file)) return true;
  seen.add(file);
  return importsOf(file).every(({ spec }) =>
    spec.startsWith(".")
      ? schemaOnly(resolve(dirname(file), spec.replace(/\.js$/, ".ts")), seen)
      : ALLOWED_IN_CONTRACT.some((re) => re.test(spec)),
  );
};
for (const file of files(join(root, "packages/contract/src"))) {
  for (const { spec, line } of importsOf(file)) {
    if (ALLOWED_IN_CONTRACT.some((re) => re.test(spec))) continue;
    const module = packageModule(spec);
    let ok = false;
    try {
      ok = module !== undefined && schemaOnly(module);
    } catch {
      ok = false;
    }
    if (!ok)
      violations.push(`${relative(root, file)}:${line}: contract imports beyond effect, the domain and Schema-only modules: ${spec}`);
  }
}
const apps = readdirSync(join(root, "apps"));
for (const app of apps) {
  for (const file of files(join(root, "apps", app)).filter((f) => !f.includes("/node_modules/"))) {
    for (const { spec, line } of importsOf(file)) {
      // A relative import is resolved against its file, so `../../api/…` inside apps/tui/src stays in tui.
      const target = spec.startsWith(".") ? resolve(dirname(file), spec) : "";
      const other = apps.find(
        (a) => a !== app && (spec === `@cchc/${a}` || spec.startsWith(`@cchc/${a}/`) || target.startsWith(join(root, "apps", a) + sep)),
      );
      if (other) violations.push(`${relative(root, file)}:${line}: app ${app} imports app ${other}: ${spec}`);
    }
  }
}
for (const pkg of readdirSync(join(root, "packages"))) {
  const src = join(root, "packages", pkg, "src");
  try {
    statSync(src);
  } catch {
    continue;
  }
  for (const file of files(src))
    for (const { spec, line } of importsOf(file))
      if (/^@cchc\/(api|web|tui)/.test(spec)) violations.push(`${relative(root, file)}:${line}: package imports an app: ${spec}`);
}
if (violations.length > 0) {
  console.error(`Kiểm tra ranh giới kiến trúc: ${violations.length} vi phạm`);
  for (const v of violations) console.error(`  ${v}`);
  process.exit(1);
}
console.log("Kiểm tra ranh giới kiến trúc: domain thuần, hợp đồng API chỉ gồm schema, không app nào nhập app khác — đạt.");
