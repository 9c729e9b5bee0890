import { loadQuizView } from "@/server/quiz/quiz-view";
import { getCurrentUser } from "@/server/session";
import { QuizPanelView } from "./quiz-panel-view";

export type QuizSearchParams = Promise<{
  answered?: string | string[];
  problem?: string | string[];
  assignment?: string | string[];
}>;

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/**
 * The quiz rendered by the server for this request: on a teacher's lesson (rendered per request
 * anyway) and on the no-JavaScript quiz page of a built-in lesson, where `?answered=` and
 * `?problem=` carry a plain form post's result.
 */
export async function QuizPanel({
  lessonId,
  demo,
  searchParams,
}: {
  lessonId: string;
  demo: boolean;
  searchParams: QuizSearchParams;
}) {
  const params = await searchParams;
  const view = await loadQuizView({
    lessonId,
    demo,
    user: await getCurrentUser(),
    assignmentParam: single(params.assignment),
    answeredParam: single(params.answered),
    problem: Boolean(single(params.problem)),
  });
  return <QuizPanelView view={view} />;
}
