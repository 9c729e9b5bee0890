const BAND_LABELS = ["0–19%", "20–39%", "40–59%", "60–79%", "80–100%"] as const;

/** Counts scores (0..1) into five bands of 20 points; a perfect score falls in the top band. */
export function scoreBands(scores: number[]): { label: string; students: number }[] {
  const counts = BAND_LABELS.map(() => 0);
  for (const score of scores) counts[Math.min(4, Math.floor((score * 100 + 1e-9) / 20))]! += 1;
  return BAND_LABELS.map((label, i) => ({ label, students: counts[i]! }));
}
