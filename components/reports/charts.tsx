"use client";

import dynamic from "next/dynamic";
import type { ComponentProps, ReactNode } from "react";
import type { MasteryTimelineChartDrawing } from "./mastery-timeline-chart";
import type { ScoreDistributionChartDrawing } from "./score-distribution-chart";
import type { SkillBarChartDrawing } from "./skill-bar-chart";

/*
 * The reports' charts, loaded after the page. The chart library is about 100 kB gzipped, more than
 * the rest of a report's own JavaScript, and a chart draws nothing on the server anyway (it
 * measures its box in the browser). Every chart is decorative (a table beside it carries the same
 * figures), so the page is whole without it: its box keeps its size from the first paint, so
 * nothing moves when it arrives, and without JavaScript it stays an empty box, as before.
 */

function ChartBox({ height, children }: { height: "h-56" | "h-72"; children: ReactNode }) {
  return (
    <div aria-hidden="true" className={`${height} w-full`}>
      {children}
    </div>
  );
}

const SkillBars = dynamic(() => import("./skill-bar-chart").then((m) => m.SkillBarChartDrawing), { ssr: false });
const ScoreBands = dynamic(() => import("./score-distribution-chart").then((m) => m.ScoreDistributionChartDrawing), {
  ssr: false,
});
const MasteryLines = dynamic(() => import("./mastery-timeline-chart").then((m) => m.MasteryTimelineChartDrawing), {
  ssr: false,
});

/** The class's mastery per skill as bars (0–100 %). */
export function SkillBarChart(props: ComponentProps<typeof SkillBarChartDrawing>) {
  return (
    <ChartBox height="h-72">
      <SkillBars {...props} />
    </ChartBox>
  );
}

/** How many students scored in each band. */
export function ScoreDistributionChart(props: ComponentProps<typeof ScoreDistributionChartDrawing>) {
  return (
    <ChartBox height="h-56">
      <ScoreBands {...props} />
    </ChartBox>
  );
}

/** One line per skill: a student's mastery at the end of each day they answered it. */
export function MasteryTimelineChart(props: ComponentProps<typeof MasteryTimelineChartDrawing>) {
  return (
    <ChartBox height="h-72">
      <MasteryLines {...props} />
    </ChartBox>
  );
}
