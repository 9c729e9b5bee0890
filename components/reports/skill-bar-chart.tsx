"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";

/** The class's mastery per skill as bars (0–100 %). Decorative: the table beside it carries the same figures. */
export function SkillBarChartDrawing({ data }: { data: { label: string; percent: number | null }[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data.map((d) => ({ ...d, percent: d.percent ?? 0 }))}
        layout="vertical"
        margin={{ left: 24, right: 16 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} unit="%" />
        <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12 }} />
        <Bar dataKey="percent" fill="#1d4ed8" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
