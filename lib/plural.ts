/**
 * A count with its noun in the right number: "1 student login", "3 student logins". Irregular
 * forms are passed in ("class", "classes"), and so can a verb that agrees with the count
 * ("line was skipped", "lines were skipped"), so no sentence falls back on "login(s)".
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
