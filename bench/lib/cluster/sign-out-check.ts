import type { Instance } from "./app-instances";

type CookieCheck = {
  instance: string;
  status: number;
  location: string | null;
  /** A 200 whose streamed body redirects to sign-in (a redirect() after the first byte). */
  signInRedirect: boolean;
  accepted: boolean;
};
export type SignOutResult = {
  signedOutOn: string;
  signOutStatus: number;
  before: CookieCheck[];
  after: CookieCheck[];
  ok: boolean;
};

/**
 * The student's account page, with the cookie, straight to one instance. Accepted means the page
 * was rendered for this student (their name is on it); a refusal is a redirect to sign-in, a 401
 * or 403, or a page without them.
 */
async function tryCookie(instance: Instance, cookie: string, name: string): Promise<CookieCheck> {
  const response = await fetch(`${instance.url}/account`, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  return {
    instance: instance.name,
    status: response.status,
    location: response.headers.get("location"),
    signInRedirect:
      response.status === 200 &&
      /sign-in/.test(body) &&
      (body.includes("NEXT_REDIRECT") || body.includes("__next-page-redirect")),
    accepted: response.status === 200 && body.includes(name),
  };
}

/**
 * Signs one student out on one instance (the header's no-JavaScript form: POST /account/sign-out,
 * which ends the session's row), then presents the same old cookie to every instance directly,
 * bypassing the balancer. Before signing out, every instance must accept it (else the check
 * would prove nothing); after, none may.
 */
export async function checkSignOut(
  instances: Instance[],
  signOutOn: Instance,
  student: { cookie: string; name: string },
): Promise<SignOutResult> {
  const before = await Promise.all(instances.map((i) => tryCookie(i, student.cookie, student.name)));
  const response = await fetch(`${signOutOn.url}/account/sign-out`, {
    method: "POST",
    headers: { cookie: student.cookie, origin: signOutOn.url, "content-type": "application/x-www-form-urlencoded" },
    body: "",
    redirect: "manual",
  });
  await response.arrayBuffer();
  const after = await Promise.all(instances.map((i) => tryCookie(i, student.cookie, student.name)));
  return {
    signedOutOn: signOutOn.name,
    signOutStatus: response.status,
    before,
    after,
    ok: before.every((c) => c.accepted) && after.every((c) => !c.accepted) && response.status < 400,
  };
}
