/**
 * The static page again, but the floor's proxy runs for it (bench/floor/proxy.ts): the difference
 * between the two is what Next's proxy costs a prerendered page before any code of the app runs.
 */
export { default } from "../static/page";
