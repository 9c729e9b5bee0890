import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * `attempt`: the attempt the page was drawn for (1, a new student's first, when absent);
 * `assignmentId`: the assignment the quiz form carries when the lesson was opened from one.
 */
export type Answer = {
  lessonId: string;
  questionId: string;
  chosen: string[];
  attempt?: number;
  assignmentId?: string;
};

type ReferenceManifest = { node: Record<string, { filename?: string; exportedName?: string }> };

/** The server action's id in this production build, as the browser finds it in the page's JS. */
export function findActionId(distDir: string, exportedName = "submitAnswerAction"): string {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as ReferenceManifest;
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && entry.filename === "app/lessons/[id]/actions.ts",
  );
  if (!found) throw new Error(`${exportedName} is not in ${distDir}'s server reference manifest`);
  return found[0];
}

const BOUNDARY = "----BylineBenchBoundary7MA4YWxkTrZu0gW";

/**
 * The body React's useActionState sends for `submitAnswerAction(prevState, formData)`: the form's
 * fields prefixed with the FormData's reference ("_1_"), and the argument list as field "0"
 * (captured from Chromium submitting the quiz form).
 */
function multipartBody(answer: Answer, timeSpentMs: number): string {
  const fields: [string, string][] = [
    ["_1_lessonId", answer.lessonId],
    ["_1_questionId", answer.questionId],
    ["_1_timeSpentMs", String(timeSpentMs)],
    ["_1_attempt", String(answer.attempt ?? 1)],
    ...(answer.assignmentId ? [["_1_assignmentId", answer.assignmentId] as [string, string]] : []),
    ...answer.chosen.map((c): [string, string] => ["_1_chosen", c]),
    ["0", '[{},"$K1"]'],
  ];
  const parts = fields.map(
    ([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return `${parts.join("")}--${BOUNDARY}--\r\n`;
}

/** Method, path, headers and body of one answer, for fetch and for autocannon alike. */
export function answerRequest(baseUrl: string, actionId: string, cookie: string, answer: Answer, timeSpentMs = 1200) {
  const pagePath = `/lessons/${answer.lessonId}`;
  const shownAt = answer.assignmentId ? `${pagePath}?assignment=${answer.assignmentId}` : pagePath;
  return {
    method: "POST" as const,
    path: pagePath,
    headers: {
      "next-action": actionId,
      accept: "text/x-component",
      "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
      origin: baseUrl,
      referer: baseUrl + shownAt,
      cookie,
    },
    body: multipartBody(answer, timeSpentMs),
  };
}

/** The action's RSC answer carries the grading result as `"feedback":{…}` for this question. */
export function isFeedbackFor(body: string, questionId: string): boolean {
  return body.includes('"feedback"') && body.includes(`"questionId":"${questionId}"`);
}

export type Submission = { status: number; body: string; ms: number; feedback: boolean; networkError?: string };

export async function submitAnswer(
  baseUrl: string,
  actionId: string,
  cookie: string,
  answer: Answer,
): Promise<Submission> {
  const request = answerRequest(baseUrl, actionId, cookie, answer);
  const started = performance.now();
  try {
    const response = await fetch(baseUrl + request.path, {
      method: "POST",
      headers: request.headers,
      body: request.body,
      redirect: "manual",
    });
    const body = await response.text();
    return {
      status: response.status,
      body,
      ms: performance.now() - started,
      feedback: response.status === 200 && isFeedbackFor(body, answer.questionId),
    };
  } catch (err) {
    return {
      status: 0,
      body: "",
      ms: performance.now() - started,
      feedback: false,
      networkError: err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err),
    };
  }
}
