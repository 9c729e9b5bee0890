import { cn } from "./cn";

/** The form-level message, in a live region so screen readers hear it when it appears. */
export function FormMessage({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  return (
    <div aria-live="polite" className="min-h-6">
      {message && (
        <p
          className={cn(
            "rounded-md px-3 py-2 text-sm font-medium",
            tone === "error" ? "bg-red-50 text-red-900" : "bg-green-50 text-green-900",
          )}
        >
          {message}
        </p>
      )}
    </div>
  );
}
