import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The layers, top to bottom: app → components → server → db → lib. A file may import its own
 * layer and the ones below it, never one above (tests/unit/architecture/layers.test.ts checks the
 * same for lib/ and db/, so switching this off does not let a wrong import through).
 */
const ABOVE_LIB =
  "lib/ holds pure rules: no database, no session, no request. Put code that needs them in server/ (or db/ for queries) and pass plain values down to lib/.";
const ABOVE_DB =
  "db/ sits below server/, app/ and components/: queries and mutations take plain arguments (a user id, not the session) and return reason codes, so nothing in db/ may import from above it.";
const NO_DB_IN_COMPONENTS =
  "Components never import the database: read through server/ (or in the page) and pass plain props. Importing a query's result type is fine (import type).";

/** Relative specifiers that climb out of the file's folder into another top-level folder. */
const climbingInto = (folders) => `^(\\.\\./)+(${folders.join("|")})(/|$)`;

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-e2e/**",
      "node_modules/**",
      ".data/**",
      ".test-data/**",
      "db/migrations/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "bench/floor/.next/**",
      ".next-bench/**",
      ".bench-data/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx,mts}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["next/headers", "next/navigation", "next/cache", "next/server"].map((name) => ({
            name,
            message: ABOVE_LIB,
          })),
          patterns: [
            { regex: "^@/(db|server|app|components)(/|$)", message: ABOVE_LIB },
            { regex: climbingInto(["db", "server", "app", "components"]), message: ABOVE_LIB },
            { regex: "^next-auth(/|$)", message: ABOVE_LIB },
          ],
        },
      ],
    },
  },
  {
    files: ["db/**/*.{ts,tsx,mts}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "next/headers", message: ABOVE_DB }],
          patterns: [
            { regex: "^@/(server|app|components)(/|$)", message: ABOVE_DB },
            { regex: climbingInto(["server", "app", "components"]), message: ABOVE_DB },
            { regex: "^next-auth(/|$)", message: ABOVE_DB },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^@/db(/|$)", message: NO_DB_IN_COMPONENTS, allowTypeImports: true },
            { regex: climbingInto(["db"]), message: NO_DB_IN_COMPONENTS, allowTypeImports: true },
          ],
        },
      ],
    },
  },
];

export default config;
