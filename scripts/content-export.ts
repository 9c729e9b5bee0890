import { loadContent } from "@/lib/content/load-content";
import { exportQuestionBank } from "@/lib/content/export-question-bank";

const { lessons } = loadContent(process.argv[2]);
process.stdout.write(`${JSON.stringify(exportQuestionBank(lessons), null, 2)}\n`);
