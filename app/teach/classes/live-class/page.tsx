import type { Metadata } from "next";
import { LiveReportPage } from "@/components/reports/live-report-page";
import { LiveClassPage } from "@/components/teach/live-class-page";
import { assignableBuiltInLessons } from "@/lib/content/catalog";
import { CLASS_PAGE_ACTIONS } from "../[classId]/class-page-actions";

// A teacher\'s page, whatever class it turns out to show (or refuse): never indexed.
export const metadata: Metadata = { title: "Class", robots: { index: false } };

/**
 * Every class's page, prerendered once: the proxy serves this file for `/teach/classes/<id>` (and
 * answers 404 to this path asked for itself), and rewrites the page's form actions here too, so
 * that an action's answer is this file's tree and not the page rendered per request.
 */
export default function ClassPageFile() {
  return (
    <LiveReportPage name="class page">
      <LiveClassPage actions={CLASS_PAGE_ACTIONS} builtInLessons={assignableBuiltInLessons()} />
    </LiveReportPage>
  );
}
