"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";

/** How many students scored in each band. Decorative: the table beside it carries the same figures. */
export function ScoreDistributionChartDrawing({ bands }: { bands: { label: string; students: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={bands} margin={{ right: 16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} />
        <Bar dataKey="students" fill="#1d4ed8" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
