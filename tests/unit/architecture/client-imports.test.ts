import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * What a browser downloads is every module a "use client" file imports for its values, and what
 * those import in turn. Packages kept for the server there cost phones real bytes: zod alone is
 * about 30 kB gzipped, and a constant imported from a module that builds a schema brought all of
 * it to the lesson page (first-load JS 144 → 194 kB). A server action's module ("use server")
 * reaches the browser as a reference only, so the walk stops there.
 */
const ROOT = process.cwd();
const SERVER_ONLY_PACKAGES =
  /^(zod|drizzle-orm|pg|@electric-sql\/pglite|compromise|chrono-node|@node-rs\/argon2)(\/|$)/;

const directive = (text: string) =>
  /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*\s*["']use (client|server)["']/.exec(text)?.[1];

/** The modules a file imports for values: `import type`, `export type` and type-only names are left out. */
function runtimeImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const found: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      if (clause?.isTypeOnly) continue;
      const names = clause?.namedBindings;
      const onlyTypes =
        clause && !clause.name && names && ts.isNamedImports(names) && names.elements.length > 0
          ? names.elements.every((e) => e.isTypeOnly)
          : false;
      if (!onlyTypes) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    }
  }
  return found;
}

/** The repository file a specifier names, or null for a package. */
function resolveLocal(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Each server-only package a browser would load from `entry`, with the chain of files to it. */
function serverPackagesReached(entry: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    if (chain.length > 0 && directive(text) === "server") return;
    const here = [...chain, path.relative(ROOT, file)];
    for (const specifier of runtimeImports(file, text)) {
      const local = resolveLocal(file, specifier);
      if (local) walk(local, here);
      else if (SERVER_ONLY_PACKAGES.test(specifier)) problems.push(`${here.join(" → ")} → ${specifier}`);
    }
  };
  walk(entry, []);
  return problems;
}

function clientFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => directive(readFileSync(file, "utf8")) === "client")
    .sort();
}

describe("the browser's JavaScript", () => {
  it("loads no server-only package from any client component", () => {
    const files = [...clientFiles("components"), ...clientFiles("app")];
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap(serverPackagesReached)).toEqual([]);
  });

  it("counts value imports and skips type-only ones", () => {
    const text = [
      'import type { FormState } from "@/lib/form-state";',
      'import { type Rubric } from "@/lib/content/schema";',
      'import { MAX_RESPONSE } from "@/lib/validations/limits";',
      'import { z, type ZodType } from "zod";',
      'export { cn } from "./cn";',
      'export type { Props } from "./props";',
      'import "./side-effect";',
    ].join("\n");
    expect(runtimeImports("components/probe.tsx", text)).toEqual([
      "@/lib/validations/limits",
      "zod",
      "./cn",
      "./side-effect",
    ]);
  });
});
