/**
 * A server action is a public endpoint: anyone can post it arguments that are not a form (React
 * decodes a JSON argument list as readily as a FormData). Every action asks this first.
 */
export function isFormData(value: unknown): value is FormData {
  return value instanceof FormData;
}

export const UNREADABLE_FORM = "This form could not be read. Reload the page and try again.";

/**
 * Repeated names (checkboxes) become arrays; everything else a single value: a string, or a File
 * for an upload, which the schema must accept by name (z.string() refuses a File). NUL characters
 * are dropped: no keyboard types one, and Postgres text cannot hold one (the write would fail).
 */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).map(withoutNul);
    out[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return out;
}

const withoutNul = (value: FormDataEntryValue): FormDataEntryValue =>
  typeof value === "string" ? value.replaceAll("\u0000", "") : value;
