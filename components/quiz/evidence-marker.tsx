"use client";

import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { createPortal } from "react-dom";
import { mergeSpans, type MarkSpan } from "@/lib/grading/mark-credit";
import type { MarkableArticle } from "@/lib/content/sentences";
import { cn } from "@/components/ui/cn";
import { paint, selectedSpan, unpaint } from "./article-ranges";

const MARKED = "byline-marked";
const CURSOR = "byline-cursor";

type Props = {
  articles: MarkableArticle[];
  /**
   * "evidence": the second tier of a two-tier item (or a written answer's evidence); "sentences": a
   * highlight item, answered by marking its sentences.
   */
  purpose?: "evidence" | "sentences";
  /** Once answered: the marks as stored, shown and locked. */
  locked?: MarkSpan[];
};

const valueOf = (m: MarkSpan) => `${m.source}:${m.start}-${m.end}`;
const covers = (marks: MarkSpan[], s: MarkSpan) =>
  marks.some((m) => m.source === s.source && m.start <= s.start && m.end >= s.end);

/** Marks without the part inside `cut` (a sentence unmarked with the keyboard). */
function subtract(marks: MarkSpan[], cut: MarkSpan): MarkSpan[] {
  return marks.flatMap((m) => {
    if (m.source !== cut.source || m.end <= cut.start || m.start >= cut.end) return [m];
    return [
      ...(m.start < cut.start ? [{ ...m, end: cut.start }] : []),
      ...(m.end > cut.end ? [{ ...m, start: cut.end }] : []),
    ];
  });
}

const noop = () => () => {};

/**
 * The second tier of a two-tier item: the student marks the words in the article that show the
 * answer. Three ways in: select words in the article with the mouse or a finger and press "Mark
 * the selected words" (a floating button, so it is there on a phone's Articles tab too); step
 * through the sentences with the arrow keys and press Space (a multi-select listbox: each sentence
 * is announced with its state, and the article shows where the keyboard is); or, without
 * JavaScript, tick the sentences. Every way posts the same `mark` fields.
 */
export function EvidenceMarker(props: Props) {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  if (!hydrated) return <SentenceCheckboxes {...props} />;
  return <Marker {...props} />;
}

/** What the marking is for, in the words the student reads. */
const WORDS = {
  evidence: { title: "Then show where the article tells you so", tick: "Tick the sentences that show it." },
  sentences: { title: "Mark every sentence that fits, in the article", tick: "Tick every sentence that fits." },
} as const;

function Marker({ articles, locked, purpose = "evidence" }: Props) {
  const [marks, setMarks] = useState<MarkSpan[]>(locked ?? []);
  const [pending, setPending] = useState<MarkSpan | null>(null);
  const [active, setActive] = useState(0);
  // The keyboard's place shows only while the list has focus: unfocused, a ring would read as a mark.
  const [focused, setFocused] = useState(false);
  const [status, setStatus] = useState("");
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);
  const sentences = useMemo(
    () => articles.flatMap((a) => a.sentences.map((s) => ({ ...s, source: a.source, outlet: a.outlet }))),
    [articles],
  );
  const shown = locked ?? marks;

  useEffect(() => {
    paint(MARKED, shown);
  }, [shown]);
  useEffect(() => () => [MARKED, CURSOR].forEach(unpaint), []);

  // The words selected in an article, kept while the student reaches for the button (a tap
  // elsewhere on a phone collapses the selection before the click arrives).
  useEffect(() => {
    if (locked) return;
    const onChange = () => {
      const span = selectedSpan(document.getSelection());
      if (span) setPending(span);
      else if (document.getSelection()?.isCollapsed && !document.activeElement?.closest("[data-mark-button]"))
        setPending(null);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [locked]);

  const update = (next: MarkSpan[], message: string) => {
    setMarks(mergeSpans(next));
    setStatus(message);
  };
  const markSelection = () => {
    if (!pending) return;
    update([...marks, pending], "Marked the selected words.");
    setPending(null);
    document.getSelection()?.removeAllRanges();
  };
  const toggle = (index: number) => {
    const s = sentences[index];
    if (!s || locked) return;
    const on = covers(marks, s);
    update(on ? subtract(marks, s) : [...marks, s], `Sentence ${index + 1} ${on ? "unmarked" : "marked"}.`);
  };
  // Only the keyboard scrolls the list to the sentence: a click's own focus must not move the
  // list under the pointer before the click lands.
  const move = (index: number, scroll = true) => {
    const next = Math.max(0, Math.min(sentences.length - 1, index));
    setActive(next);
    const s = sentences[next];
    if (s) paint(CURSOR, [s]);
    if (scroll)
      list.current?.querySelector(`#${CSS.escape(`${listId}-${next}`)}`)?.scrollIntoView({ block: "nearest" });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowRight: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      ArrowLeft: () => move(active - 1),
      Home: () => move(0),
      End: () => move(sentences.length - 1),
      " ": () => toggle(active),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div
      role="group"
      aria-labelledby={`${listId}-title`}
      className="space-y-3 rounded-md border border-stone-300 bg-white p-3"
    >
      <p id={`${listId}-title`} className="font-semibold">
        {WORDS[purpose].title}
      </p>
      {!locked && (
        <p id={`${listId}-help`} className="text-sm text-muted">
          Select words in the article and choose “Mark the selected words”, or use the list below: arrow keys move from
          sentence to sentence and Space marks one (or click it).
        </p>
      )}
      <ul
        ref={list}
        role="listbox"
        aria-multiselectable="true"
        aria-label="Sentences of the article to mark"
        aria-describedby={locked ? undefined : `${listId}-help`}
        aria-readonly={locked ? true : undefined}
        aria-activedescendant={sentences.length ? `${listId}-${active}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true);
          move(active, false);
        }}
        onBlur={() => {
          setFocused(false);
          unpaint(CURSOR);
        }}
        className="max-h-56 space-y-1 overflow-y-auto rounded border border-stone-200 p-1 focus-visible:outline-3 focus-visible:outline-accent"
      >
        {sentences.map((s, i) => {
          const on = covers(shown, s);
          return (
            <li
              key={`${s.source}-${s.start}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={on}
              data-span={valueOf(s)}
              onClick={() => {
                move(i, false);
                toggle(i);
              }}
              className={cn(
                "cursor-pointer rounded px-2 py-1 font-serif text-sm",
                on && "bg-blue-100 underline decoration-2",
                focused && i === active && "ring-2 ring-accent",
              )}
            >
              {articles.length > 1 && i === sentences.findIndex((x) => x.source === s.source) && (
                <span className="block font-sans text-xs font-semibold uppercase text-muted">{s.outlet}</span>
              )}
              <span className="sr-only">{on ? "Marked: " : ""}</span>
              {s.text}
            </li>
          );
        })}
      </ul>
      {shown.length > 0 ? (
        <div className="space-y-1">
          <p className="text-sm font-semibold">{locked ? "What you marked" : "Your marks"}</p>
          <ul className="space-y-1 text-sm">
            {shown.map((m) => (
              <li key={valueOf(m)} className="flex items-start justify-between gap-2">
                <q className="font-serif">{textIn(articles, m)}</q>
                {!locked && (
                  <button
                    type="button"
                    className="shrink-0 text-accent underline"
                    onClick={() => update(subtract(marks, m), "Mark removed.")}
                  >
                    Remove<span className="sr-only"> this mark</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-muted">{locked ? "You marked nothing." : "Nothing marked yet."}</p>
      )}
      <p role="status" className="sr-only">
        {status}
      </p>
      {!locked && marks.map((m) => <input key={valueOf(m)} type="hidden" name="mark" value={valueOf(m)} />)}
      {!locked &&
        pending &&
        createPortal(
          <button
            type="button"
            data-mark-button
            onPointerDown={(event) => event.preventDefault()}
            onClick={markSelection}
            className="fixed bottom-4 left-1/2 z-20 -translate-x-1/2 rounded-full bg-accent px-5 py-3 font-semibold text-white shadow-lg"
          >
            Mark the selected words
          </button>,
          document.body,
        )}
    </div>
  );
}

/** The marked words, from the sentences on hand (a mark may cross sentences of one article). */
function textIn(articles: MarkableArticle[], m: MarkSpan): string {
  const parts = (articles.find((a) => a.source === m.source)?.sentences ?? []).flatMap((s) => {
    const from = Math.max(s.start, m.start);
    const to = Math.min(s.end, m.end);
    return from < to ? [s.text.slice(from - s.start, to - s.start)] : [];
  });
  return parts.join(" ");
}

/** Without JavaScript: a checkbox per sentence, posted as the same `mark` fields. */
function SentenceCheckboxes({ articles, locked, purpose = "evidence" }: Props) {
  return (
    <fieldset className="space-y-2 rounded-md border border-stone-300 bg-white p-3">
      <legend className="px-1 font-semibold">{WORDS[purpose].title}</legend>
      <p className="text-sm text-muted">{WORDS[purpose].tick}</p>
      <div className="max-h-72 space-y-3 overflow-y-auto">
        {articles.map((a) => (
          <div key={a.source} className="space-y-1">
            {articles.length > 1 && <p className="text-xs font-semibold uppercase text-muted">{a.outlet}</p>}
            {a.sentences.map((s) => {
              const value = valueOf({ source: a.source, ...s });
              const id = `mark-${value.replace(/[^a-z0-9-]/g, "-")}`;
              return (
                <label key={value} htmlFor={id} className="flex items-start gap-2 font-serif text-sm">
                  <input
                    id={id}
                    type="checkbox"
                    name="mark"
                    value={value}
                    defaultChecked={locked ? covers(locked, { source: a.source, ...s }) : undefined}
                    disabled={Boolean(locked)}
                    className="mt-1 size-4 shrink-0"
                  />
                  <span>{s.text}</span>
                </label>
              );
            })}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
