import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A production build folder with only what lib/csp reads: BUILD_ID and the prerendered HTML of
 * two pages, /privacy prerendered whole and /home partly (its `.meta` names a postponed part),
 * and of the class page's and the reports' pages, each prerendered whole for every class,
 * assignment or student.
 */
export function fakeBuildWithTwoPages(): string {
  const dist = mkdtempSync(path.join(tmpdir(), "byline-fake-build-"));
  const app = path.join(dist, "server", "app");
  mkdirSync(app, { recursive: true });
  writeFileSync(path.join(dist, "BUILD_ID"), "test");
  writeFileSync(path.join(app, "privacy.html"), "<script>privacy()</script>");
  writeFileSync(path.join(app, "home.html"), "<script>shell()</script>");
  writeFileSync(path.join(app, "home.meta"), JSON.stringify({ status: 200, postponed: "..." }));
  mkdirSync(path.join(app, "teach", "classes"), { recursive: true });
  for (const page of ["live-class", "live-report", "live-assignment-report", "live-student-report"])
    writeFileSync(path.join(app, "teach", "classes", `${page}.html`), `<script>${page}()</script>`);
  return dist;
}
