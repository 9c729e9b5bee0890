"use client";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: 560, margin: "4rem auto", padding: "0 1rem" }}>
        <h1>Byline is having trouble</h1>
        <p>
          The page could not be shown. Nothing you saved is lost. Please try again in a moment
          {error.digest ? ` (reference ${error.digest})` : ""}.
        </p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </body>
    </html>
  );
}
