export type LighthouseScore = {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  runs: { performance: number; accessibility: number }[];
  /** Of the median run: first and largest contentful paint, speed index, total blocking time (ms), layout shift. */
  metrics: { fcp: number; lcp: number; si: number; tbt: number; cls: number };
  /** Of the median run: the elements that moved (what the layout shift score is made of). */
  shifted: string[];
  /** Accessibility audits that failed in any run. */
  failedAudits: string[];
};

export const CHROMIUM = process.env.BYLINE_CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<
    string,
    { score: number | null; numericValue?: number; details?: { items?: { node?: { snippet?: string } }[] } }
  >;
};

const median = <T>(items: T[], by: (t: T) => number) =>
  [...items].sort((a, b) => by(a) - by(b))[Math.floor(items.length / 2)]!;

/**
 * Lighthouse's default (mobile) preset, `runs` times per page in Debian's Chromium, scored by
 * the median run. Lighthouse resets storage and cache before each run.
 */
export async function lighthouseScores(
  pages: { name: string; url: string; cookie?: string }[],
  runs = 3,
): Promise<LighthouseScore[]> {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: "silent" });
  try {
    const scores: LighthouseScore[] = [];
    for (const page of pages) {
      const results: Lhr[] = [];
      for (let i = 0; i < runs; i++) {
        const flags = {
          port: chrome.port,
          output: "json" as const,
          logLevel: "error" as const,
          onlyCategories: ["performance", "accessibility"],
          ...(page.cookie ? { extraHeaders: { cookie: page.cookie } } : {}),
        };
        const result = await lighthouse(page.url, flags);
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
        results.push(result.lhr as unknown as Lhr);
      }
      scores.push(summarize(page.name, new URL(page.url).pathname, results));
    }
    return scores;
  } finally {
    await chrome.kill();
  }
}

function summarize(name: string, path: string, results: Lhr[]): LighthouseScore {
  const score = (lhr: Lhr, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const chosen = median(results, (r) => score(r, "performance"));
  const metric = (id: string) => chosen.audits[id]?.numericValue ?? Number.NaN;
  const failed = new Set<string>();
  for (const r of results) {
    for (const ref of r.categories.accessibility?.auditRefs ?? [])
      if (r.audits[ref.id]?.score === 0) failed.add(ref.id);
  }
  return {
    name,
    path,
    performance: score(chosen, "performance"),
    accessibility: median(
      results.map((r) => score(r, "accessibility")),
      (x) => x,
    ),
    runs: results.map((r) => ({ performance: score(r, "performance"), accessibility: score(r, "accessibility") })),
    metrics: {
      fcp: metric("first-contentful-paint"),
      lcp: metric("largest-contentful-paint"),
      si: metric("speed-index"),
      tbt: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
    },
    shifted: (chosen.audits["layout-shifts"]?.details?.items ?? []).flatMap((i) =>
      i.node?.snippet ? [i.node.snippet.slice(0, 120)] : [],
    ),
    failedAudits: [...failed],
  };
}
