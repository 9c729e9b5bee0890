import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { LoadingBlock } from "@/components/layout/loading-block";
import { AddSourceForm } from "@/components/teach/lessons/add-source-form";
import { DeleteLessonForm } from "@/components/teach/lessons/delete-lesson-form";
import { LessonDetailsForm } from "@/components/teach/lessons/lesson-details-form";
import { PublishPanel } from "@/components/teach/lessons/publish-panel";
import { QuestionEditor } from "@/components/teach/lessons/question-editor";
import { ActionButton } from "@/components/ui/action-button";
import { getLessonDraft, listOwnSources, type LessonDraft } from "@/db/queries/teacher-lessons";
import { QUESTION_KIND_LABELS } from "@/lib/content/skills";
import { requireUser, TEACHER_ROLES } from "@/server/session";
import {
  addSourceAction,
  deleteLessonAction,
  deleteQuestionAction,
  publishLessonAction,
  saveLessonDetailsAction,
  saveQuestionAction,
} from "../../actions";

export const metadata: Metadata = { title: "Review lesson" };

type Props = { params: Promise<{ id: string }> };

export default function EditLessonPage({ params }: Props) {
  return (
    <Suspense fallback={<LoadingBlock label="Loading the lesson…" />}>
      <LessonReview params={params} />
    </Suspense>
  );
}

async function LessonReview({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(TEACHER_ROLES, `/teach/lessons/${id}/edit`);
  const [draft, own] = await Promise.all([getLessonDraft(user, id), listOwnSources(user)]);
  // Someone else's lesson looks exactly like a missing one; built-in lessons are not edited here.
  if (!draft) notFound();
  const sources = draft.sources.map((s) => ({ id: s.id, outlet: s.outlet, title: s.title }));
  return (
    <div className="space-y-10">
      <Header draft={draft} />
      <LessonDetailsForm action={saveLessonDetailsAction} lessonId={draft.id} initial={draft} />
      <section aria-labelledby="sources-heading" className="space-y-3">
        <h2 id="sources-heading" className="text-2xl font-semibold">
          Articles
        </h2>
        <ul className="list-disc pl-5">
          {draft.sources.map((s) => (
            <li key={s.id}>
              <strong>{s.outlet}</strong>: {s.title} ({s.genre === "opinion" ? "opinion" : "news report"}, {s.published}
              )
            </li>
          ))}
        </ul>
        <AddSourceForm
          action={addSourceAction}
          lessonId={draft.id}
          sources={own.filter((s) => !draft.sources.some((d) => d.id === s.id))}
        />
        <p className="text-sm">
          <Link href="/teach/sources/new">Import another article</Link>
        </p>
      </section>
      <QuestionsSection draft={draft} sources={sources} />
      <section aria-labelledby="publish-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="publish-heading" className="text-2xl font-semibold">
          Publish
        </h2>
        <p className="text-sm text-muted">
          Every question is checked as built-in lessons are: each passage it cites must be in the article word for word.
          Students who already answered keep their answers; a changed question becomes a new version.
        </p>
        <PublishPanel action={publishLessonAction} lessonId={draft.id} published={draft.status === "published"} />
      </section>
      <section aria-labelledby="delete-heading" className="space-y-3">
        <details>
          <summary id="delete-heading" className="cursor-pointer text-lg font-semibold">
            Delete this lesson
          </summary>
          <div className="mt-3">
            <DeleteLessonForm
              action={deleteLessonAction}
              lessonId={draft.id}
              title={draft.title}
              articles={draft.sources.length}
            />
          </div>
        </details>
      </section>
    </div>
  );
}

function Header({ draft }: { draft: LessonDraft }) {
  const toCheck = draft.questions.filter((q) => q.check).length;
  const status =
    draft.status === "published"
      ? draft.unpublishedChanges
        ? "Published, with changes not yet published"
        : "Published"
      : "Draft: students cannot see it yet";
  return (
    <header className="space-y-2">
      <p className="text-sm">
        <Link href="/teach">← Teaching</Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">Review: {draft.title}</h1>
      <p>
        <strong>{status}</strong> · {draft.questions.length} questions
        {toCheck > 0 && (
          <>
            {" "}
            · <span className="font-semibold text-amber-900">{toCheck} marked “Check this”</span>
          </>
        )}
      </p>
      <p className="flex flex-wrap gap-x-6">
        <Link href={`/teach/lessons/${draft.id}/preview`}>Preview as a student</Link>
        {draft.status === "published" && <Link href={`/lessons/${draft.id}`}>Open the published lesson</Link>}
      </p>
    </header>
  );
}

function QuestionsSection({
  draft,
  sources,
}: {
  draft: LessonDraft;
  sources: { id: string; outlet: string; title: string }[];
}) {
  return (
    <section aria-labelledby="questions-heading" className="space-y-4">
      <h2 id="questions-heading" className="text-2xl font-semibold">
        Questions
      </h2>
      <p className="text-sm text-muted">
        Suggested from the article&apos;s quotes, speakers, attributions and dates. Check each against the text: edit,
        delete, or add your own. Nothing reaches students until you publish. A question marked{" "}
        <strong>Check this</strong> was suggested with less certainty: the note says what to check in the article;
        saving the question clears the note.
      </p>
      <ol className="space-y-3">
        {draft.questions.map((q, i) => (
          <li key={q.id} className="rounded-lg border border-stone-200 bg-white p-4">
            <details>
              <summary className="cursor-pointer">
                <span className="font-semibold">
                  {i + 1}. {QUESTION_KIND_LABELS[q.kind]}:
                </span>{" "}
                {q.prompt}
                {q.check && <CheckNote reasons={q.check.reasons} />}
              </summary>
              <div className="mt-4 space-y-3">
                <QuestionEditor action={saveQuestionAction} lessonId={draft.id} question={q} sources={sources} />
                <ActionButton
                  action={deleteQuestionAction}
                  fields={{ lessonId: draft.id, questionId: q.id }}
                  label="Delete question"
                  srContext={`${i + 1}`}
                />
              </div>
            </details>
          </li>
        ))}
      </ol>
      <div className="rounded-lg border border-dashed border-stone-400 bg-white p-4">
        <h3 className="mb-3 text-lg font-semibold">Add a question</h3>
        <QuestionEditor action={saveQuestionAction} lessonId={draft.id} sources={sources} />
      </div>
    </section>
  );
}

/** Why a suggestion needs checking, in the suggester's words: shown until the teacher saves the question. */
function CheckNote({ reasons }: { reasons: string[] }) {
  return (
    <span className="mt-2 block rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <strong>Check this:</strong>{" "}
      {reasons.length > 0 ? reasons.join("; ") : "the suggester was not sure of the answer"}.
    </span>
  );
}
