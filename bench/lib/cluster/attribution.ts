/**
 * Splits the app's CPU between answers and page views: least squares, without intercept, of the
 * CPU used in each window on the number of answers and of page views that ended in it,
 * cpu ≈ a·answers + p·pages. The windows around the kill are left out (the replacement's start
 * is not a request's cost). An estimate: it assumes each kind costs about the same all run long.
 */
export function attributeCpu(
  series: { at: number; ms: number }[],
  answers: number[],
  pages: number[],
  skip: [number, number],
  windowMs = 5000,
): { perAnswerMs: number; perPageViewMs: number; windows: number; windowSeconds: number } | null {
  if (series.length < 2) return null;
  const start = series[0]!.at;
  const buckets = new Map<number, { cpu: number; a: number; p: number }>();
  const bucket = (at: number) => Math.floor((at - start) / windowMs);
  const get = (b: number) => {
    if (!buckets.has(b)) buckets.set(b, { cpu: 0, a: 0, p: 0 });
    return buckets.get(b)!;
  };
  for (let i = 1; i < series.length; i++) get(bucket(series[i]!.at)).cpu += series[i]!.ms - series[i - 1]!.ms;
  for (const at of answers) if (at >= start) get(bucket(at)).a += 1;
  for (const at of pages) if (at >= start) get(bucket(at)).p += 1;
  const [skipFrom, skipTo] = [bucket(skip[0]), bucket(skip[1])];
  let [aa, ap, pp, ca, cp, n] = [0, 0, 0, 0, 0, 0];
  for (const [b, w] of buckets) {
    if (b >= skipFrom && b <= skipTo) continue;
    // The last, partial window and empty ones say nothing.
    if (b === bucket(series.at(-1)!.at) || w.a + w.p === 0) continue;
    aa += w.a * w.a;
    ap += w.a * w.p;
    pp += w.p * w.p;
    ca += w.cpu * w.a;
    cp += w.cpu * w.p;
    n += 1;
  }
  const det = aa * pp - ap * ap;
  if (n < 10 || det === 0) return null;
  const perAnswerMs = (ca * pp - cp * ap) / det;
  const perPageViewMs = (cp * aa - ca * ap) / det;
  if (perAnswerMs <= 0 || perPageViewMs <= 0) return null;
  return { perAnswerMs, perPageViewMs, windows: n, windowSeconds: windowMs / 1000 };
}
