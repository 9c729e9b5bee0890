// Stands in for "server-only" under Vitest, where no React Server Components build checks imports.
export {};
