"use client";

import { useState } from "react";
import { Button } from "./button";

/**
 * Copies `text` (or, with `path`, this site's absolute URL for it) and says so in a live region.
 * The text itself is always on the page too, so nothing depends on the clipboard.
 */
export function CopyButton({ text, path, label }: { text?: string; path?: string; label: string }) {
  const [status, setStatus] = useState("");
  async function copy() {
    const value = path ? new URL(path, window.location.origin).toString() : (text ?? "");
    try {
      await navigator.clipboard.writeText(value);
      setStatus("Copied.");
    } catch {
      setStatus("Copying is blocked here: select the text and copy it instead.");
    }
  }
  return (
    <span className="needs-js inline-flex items-center gap-2">
      <Button type="button" variant="secondary" size="sm" onClick={copy}>
        {label}
      </Button>
      <span aria-live="polite" className="text-sm text-muted">
        {status}
      </span>
    </span>
  );
}
