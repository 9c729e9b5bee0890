import type { StudentDataExport } from "@/db/queries/privacy";

/** A file name from the account's name: letters, digits and dashes only. */
function dataExportFilename(name: string, today: Date): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "student";
  return `byline-data-${base}-${today.toISOString().slice(0, 10)}.json`;
}

/** The export as a download: never cached, since it is one person's data. */
export function dataExportResponse(data: StudentDataExport): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${dataExportFilename(data.account.name, new Date(data.exportedAt))}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

export function refusal(status: 401 | 403 | 404, message: string): Response {
  return new Response(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
