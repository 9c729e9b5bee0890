export * from "./users";
export * from "./content";
export * from "./classes";
export * from "./attempts";
export * from "./rate-limits";
export * from "./sessions";
