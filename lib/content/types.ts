import type { Genre, Rubric, SourceFrontMatter } from "./schema";
import type { Span } from "./locate-quote";
import type { Level, QuestionKind, SkillId } from "./skills";

export type Source = SourceFrontMatter & {
  id: string;
  genre: Genre;
  /** The article text exactly as published, page chrome removed by whole lines only. */
  body: string;
  file: string;
};

/** `around`: the sentence(s) holding the evidence, where a student's marks beyond it cost nothing. */
export type Evidence = Span & { source: string; quote: string; around?: Span };

/** `pinned`: shown at its authored place to every student; the other options are shuffled per student. */
/** `generated`: a highlight item's sentence that no author listed, a wrong pick (lib/content/resolve-question.ts). */
export type QuestionOption = {
  id: string;
  text: string;
  feedback: string;
  misconception?: string;
  pinned?: boolean;
  generated?: boolean;
};

export type Question = {
  id: string;
  lessonId: string;
  position: number;
  /** Where the question starts in its lesson file, for error messages. */
  line: number;
  kind: QuestionKind;
  skill: SkillId;
  level: Level;
  prompt: string;
  /** Highlight items: the source whose sentences are the options. */
  source?: string;
  options: QuestionOption[];
  answer: string[];
  /** Two-tier: the student also marks the evidence in the article. */
  markEvidence: boolean;
  explanation: string;
  evidence: Evidence[];
  /** Written questions: the model answer and the rubric a teacher scores with (null elsewhere). */
  modelAnswer: string | null;
  rubric: Rubric | null;
  /** Highlight items: where each option (a sentence) sits in the source. */
  optionSpans?: Record<string, Evidence>;
  /** Hash of what a student answers against; a new hash is a new question version. */
  versionHash: string;
};

export type Lesson = {
  id: string;
  title: string;
  summary: string;
  sources: string[];
  demo: boolean;
  estimatedMinutes: number;
  questions: Question[];
  file: string;
};

export type Content = { sources: Source[]; lessons: Lesson[] };
