import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The layers, top to bottom: app → components → server → db → lib. ESLint's no-restricted-imports
 * (eslint.config.mjs) says the same while editing; this test holds even with the rule switched off.
 */
const ROOT = process.cwd();

type Layer = { folder: string; above: string[]; requestPackages: RegExp; why: string };

const LAYERS: Layer[] = [
  {
    folder: "lib",
    above: ["db", "server", "app", "components"],
    requestPackages: /^(next-auth(\/.*)?|next\/(headers|navigation|cache|server))$/,
    why: "lib/ holds pure rules: no database, no session, no request",
  },
  {
    folder: "db",
    above: ["server", "app", "components"],
    requestPackages: /^(next-auth(\/.*)?|next\/headers)$/,
    why: "db/ takes plain arguments and never reaches up to server/, app/ or components/",
  },
];

/** Every module a file names: static and type imports, re-exports, import() and require(). */
function importedModules(file: string, text: string): string[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    false,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push(node.moduleReference.expression.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require"))
    ) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) found.push(first.text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The repository's top-level folder a specifier lands in (`@/` is the root), or null for a package. */
function targetFolder(file: string, specifier: string): string | null {
  let target: string;
  if (specifier.startsWith("@/")) target = specifier.slice(2);
  else if (specifier.startsWith(".")) target = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier));
  else return null;
  const [top] = target.split(/[\\/]/);
  return top && top !== ".." ? top : null;
}

/** What `file` (relative to the root) imports that its layer may not, one line each. */
function layerViolations(file: string, text: string): string[] {
  const layer = LAYERS.find((l) => file.split("/")[0] === l.folder);
  if (!layer) return [];
  return importedModules(file, text).flatMap((specifier) => {
    const folder = targetFolder(file, specifier);
    const forbidden = folder ? layer.above.includes(folder) : layer.requestPackages.test(specifier);
    return forbidden ? [`${file} imports "${specifier}" (${layer.why})`] : [];
  });
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true })
    .flatMap((entry) => {
      const file = `${folder}/${entry.name}`;
      if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(file);
      return /\.(ts|tsx|mts)$/.test(entry.name) ? [file] : [];
    })
    .sort();
}

describe("layers: app → components → server → db → lib, never back up", () => {
  it.each(LAYERS.map((l) => l.folder))("nothing in %s/ imports a layer above it", (folder) => {
    const files = sourceFiles(folder);
    expect(files.length).toBeGreaterThan(10);
    const violations = files.flatMap((file) => layerViolations(file, readFileSync(path.join(ROOT, file), "utf8")));
    expect(violations).toEqual([]);
  });

  it("finds every way of importing, and names the file and the import", () => {
    const text = [
      'import { db } from "@/db";',
      'import type { SessionUser } from "../../server/session";',
      'export { auth } from "next-auth";',
      'import { cookies } from "next/headers";',
      'const page = await import("@/app/page");',
      'type Row = import("@/db/schema").User;',
      'import { plural } from "@/lib/plural";',
      'import { z } from "zod";',
      'import { parseLesson } from "./parse-lesson";',
    ].join("\n");
    expect(layerViolations("lib/content/probe.ts", text)).toEqual([
      'lib/content/probe.ts imports "@/db" (lib/ holds pure rules: no database, no session, no request)',
      'lib/content/probe.ts imports "../../server/session" (lib/ holds pure rules: no database, no session, no request)',
      'lib/content/probe.ts imports "next-auth" (lib/ holds pure rules: no database, no session, no request)',
      'lib/content/probe.ts imports "next/headers" (lib/ holds pure rules: no database, no session, no request)',
      'lib/content/probe.ts imports "@/app/page" (lib/ holds pure rules: no database, no session, no request)',
      'lib/content/probe.ts imports "@/db/schema" (lib/ holds pure rules: no database, no session, no request)',
    ]);
  });

  it("lets db/ import db/ and lib/, and nothing above", () => {
    const text = [
      'import { env } from "@/lib/env";',
      'import { users } from "../schema";',
      'import { requireUser } from "@/server/session";',
    ].join("\n");
    expect(layerViolations("db/queries/probe.ts", text)).toEqual([
      'db/queries/probe.ts imports "@/server/session" (db/ takes plain arguments and never reaches up to server/, app/ or components/)',
    ]);
  });
});
