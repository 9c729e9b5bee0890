import { getStudentDataExport } from "@/db/queries/privacy";
import { dataExportResponse, refusal } from "@/server/privacy/data-export-response";
import { getCurrentUser } from "@/server/session";

/** "Download my data": everything stored about the signed-in account, as a JSON file. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return refusal(401, "Sign in to download your data.");
  const data = await getStudentDataExport(user.id, { kind: "everything" });
  if (!data) return refusal(404, "This account no longer exists.");
  return dataExportResponse(data);
}
