import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Privacy",
  description:
    "What Byline keeps about students, who can see it, how to get a copy or have it erased, and how long it is kept.",
};

/** Static on purpose: the same notice for everyone, readable without signing in. */
export default function PrivacyPage() {
  return (
    <article className="mx-auto max-w-2xl space-y-8 leading-relaxed">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Privacy</h1>
        <p className="text-lg">
          This page is for students and their parents. It says, in plain words, what Byline keeps about you, who can see
          it, and how to get a copy or have it erased. Byline is run by your school (or the organisation that gave you
          your login), which is responsible for the data.
        </p>
      </header>

      <section aria-labelledby="stored-heading" className="space-y-3">
        <h2 id="stored-heading" className="font-serif text-2xl font-bold">
          What Byline keeps
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <strong>Your account:</strong> your name, your email address (or the username your teacher made for you),
            your time zone, and that you confirmed you are 13 or older when you signed up yourself. Your password is
            kept only in a scrambled form that cannot be turned back into the password.
          </li>
          <li>
            <strong>Your classes:</strong> the classes you joined and the lessons your teachers assigned to you, with
            their due dates.
          </li>
          <li>
            <strong>Your answers:</strong> for each question, the options you chose, whether they were right, your
            score, when you answered and how long you took. Each try at a lesson is kept, so you and your teacher can
            see your progress.
          </li>
          <li>
            <strong>Cookies:</strong> one cookie keeps you signed in. If you try lessons without an account, your
            progress is kept in a cookie in your own browser, not on our server.
          </li>
        </ul>
      </section>

      <section aria-labelledby="who-heading" className="space-y-3">
        <h2 id="who-heading" className="font-serif text-2xl font-bold">
          Who can see it
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>You can see your own answers, scores and progress.</li>
          <li>
            Your teacher sees your name, your login and your work in their classes: your answers, scores, late work and
            which skills to practise next. A teacher does not see the lessons you practise on your own.
          </li>
          <li>Your school&apos;s Byline administrators can see every class, to look after the service.</li>
          <li>Other students never see your answers or your scores. There are no leaderboards and no rankings.</li>
        </ul>
      </section>

      <section aria-labelledby="no-tracking-heading" className="space-y-3">
        <h2 id="no-tracking-heading" className="font-serif text-2xl font-bold">
          No ads, no trackers
        </h2>
        <p>
          Byline shows no advertising and has no tracking or analytics scripts from other companies. Your data is not
          sold or shared with anyone outside your school. The server keeps technical logs to fix problems; passwords and
          email addresses are blanked out in them.
        </p>
      </section>

      <section aria-labelledby="copy-heading" className="space-y-3">
        <h2 id="copy-heading" className="font-serif text-2xl font-bold">
          Getting a copy of your data
        </h2>
        <p>
          Signed in, open <Link href="/account">Account</Link> and choose <strong>Download my data</strong>. You get a
          file with your account details, your classes, your assignments and every answer you gave, with the question it
          answered. Your teacher or an administrator can also download it for you or your parents.
        </p>
      </section>

      <section aria-labelledby="erase-heading" className="space-y-3">
        <h2 id="erase-heading" className="font-serif text-2xl font-bold">
          Having your data erased
        </h2>
        <p>
          Ask your teacher or your school&apos;s Byline administrator. Erasing deletes your account, your class
          memberships, every attempt and every answer. Your answers then no longer count in any class report. It cannot
          be undone, so download a copy first if you want one. A teacher can erase a login they made for you; if you
          signed up yourself, or are in classes with more than one teacher, an administrator does it.
        </p>
      </section>

      <section aria-labelledby="retention-heading" className="space-y-3">
        <h2 id="retention-heading" className="font-serif text-2xl font-bold">
          How long it is kept
        </h2>
        <p>
          Your account and answers are kept until they are erased. When a teacher archives a class at the end of a
          course, your school can have Byline delete the answers given in that class a set number of days later. Your
          school also keeps backup copies of the database to recover from accidents; an erased account disappears from
          them when the older backups are replaced.
        </p>
      </section>
    </article>
  );
}
