import { sql } from "drizzle-orm";

/**
 * A two-tier answer's marks with the words each covers in its article, in article order, as JSON
 * ([{source, start, end, text}]); null when the answer has none. Reads the answer row as `x`.
 */
export const markedPassages = sql`(select json_agg(json_build_object('source', m->>'source', 'start', (m->>'start')::int,
      'end', (m->>'end')::int, 'text', substr(src.body, (m->>'start')::int + 1, (m->>'end')::int - (m->>'start')::int))
    order by m->>'source', (m->>'start')::int)
  from jsonb_array_elements(x.marks) m join sources src on src.id = m->>'source')`;
