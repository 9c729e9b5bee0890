"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";

// Distinguishable in colour and in dash pattern, so no line is told apart by colour alone.
const STYLES = [
  { stroke: "#1d4ed8", dash: undefined },
  { stroke: "#b45309", dash: "6 3" },
  { stroke: "#15803d", dash: "2 2" },
  { stroke: "#7e22ce", dash: "8 3 2 3" },
  { stroke: "#be123c", dash: "4 4" },
  { stroke: "#0f766e", dash: "1 3" },
  { stroke: "#44403c", dash: "10 2" },
];

/** One line per skill: mastery (%) at the end of each day the student answered it. Decorative; a table follows. */
export function MasteryTimelineChartDrawing({
  days,
  skills,
}: {
  days: Record<string, number | string | null>[];
  skills: { id: string; label: string }[];
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={days} margin={{ right: 16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} unit="%" />
        <Legend />
        {skills.map((s, i) => (
          <Line
            key={s.id}
            dataKey={s.id}
            name={s.label}
            stroke={STYLES[i % STYLES.length]!.stroke}
            strokeDasharray={STYLES[i % STYLES.length]!.dash}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
