import type { Genre } from "@/lib/content/schema";
import { cn } from "./cn";

const LABELS: Record<Genre, { text: string; className: string; hint: string }> = {
  "news-report": {
    text: "News report",
    className: "border-news text-news",
    hint: "reports events and attributes claims",
  },
  opinion: { text: "Opinion", className: "border-opinion text-opinion", hint: "argues the author's view" },
};

/** The genre label is always spelled out: colour alone never carries the meaning. */
export function GenreBadge({ genre }: { genre: Genre }) {
  const label = LABELS[genre];
  return (
    <span
      className={cn(
        "inline-block rounded border px-2 py-0.5 text-xs font-bold uppercase tracking-wide",
        label.className,
      )}
      title={label.hint}
    >
      {label.text}
    </span>
  );
}
