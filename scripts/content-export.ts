import { CONTENT_DIR, loadContent } from "@/lib/content/load-content";
import { exportQuestionBank } from "@/lib/content/export-question-bank";

// content/ only (or the folder given): fixtures planted with BYLINE_EXTRA_CONTENT_DIR never appear here.
const { lessons } = loadContent(process.argv[2] ?? CONTENT_DIR);
process.stdout.write(`${JSON.stringify(exportQuestionBank(lessons), null, 2)}\n`);
