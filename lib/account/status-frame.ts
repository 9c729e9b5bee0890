import { ROLE_HOME, type AccountRole } from "./role-home";

export type FrameUser = { name: string; role: AccountRole } | null;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The header's account links when JavaScript is off: a tiny document the header frames inside its
 * <noscript>, rendered per request so it tells the truth about the session while the pages around
 * it stay prerendered. Links and the sign-out form target the top window. Only the header's own
 * colours and sizes, inline: the frame loads no stylesheet and no script.
 */
export function statusFrameHtml(user: FrameUser): string {
  const links = user
    ? [
        `<a href="${ROLE_HOME[user.role].href}" target="_top">${ROLE_HOME[user.role].label}</a>`,
        `<a href="/account" target="_top">Account</a>`,
        `<span class="who" title="${escape(user.name)}"><span class="sr">Signed in as </span>${escape(user.name)}<span class="sr"> (${user.role})</span></span>`,
        `<form method="post" action="/account/sign-out" target="_top"><button type="submit">Sign out</button></form>`,
      ]
    : [`<a href="/sign-in" target="_top">Sign in</a>`, `<a href="/sign-up" target="_top" class="primary">Sign up</a>`];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Your account</title>
<style>
html,body{margin:0;background:#fff;color:#1c1917;font:500 14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif}
body{display:flex;flex-wrap:wrap;align-items:center;gap:4px 16px;min-height:40px;padding:2px 4px;box-sizing:border-box}
a,button{color:#1d4ed8;text-decoration:underline;text-underline-offset:2px;font:inherit;background:none;border:0;padding:0;cursor:pointer}
a:hover,button:hover{color:#1e3a8a}
a:focus-visible,button:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px;border-radius:2px}
a.primary{background:#1d4ed8;color:#fff;text-decoration:none;border-radius:6px;padding:4px 12px;font-weight:600}
form{margin:0}
.who{color:#57534e;max-width:12em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;position:relative}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
</style></head>
<body>${links.join("\n")}</body></html>`;
}
