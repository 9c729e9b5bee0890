import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";

export default function HomePage() {
  return (
    <div className="space-y-12">
      <section className="max-w-2xl space-y-4">
        <h1 className="font-serif text-4xl font-bold leading-tight">Read the news like a careful reader.</h1>
        <p className="text-lg text-muted">
          Byline teaches students to read real articles critically: which outlet reported a claim, who said a quoted
          line, whether a sentence is a quote, a paraphrase, a reported fact or the author&apos;s opinion, and where the
          reporter got it. Every answer is explained with the evidence highlighted in the article.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up" className={buttonVariants()}>
            Sign up as a student
          </Link>
          <Link href="/sign-in" className={buttonVariants({ variant: "secondary" })}>
            Sign in
          </Link>
          <Link href="/library" className={buttonVariants({ variant: "secondary" })}>
            Browse the library
          </Link>
        </div>
      </section>
      <section aria-labelledby="how" className="grid gap-6 sm:grid-cols-3">
        <h2 id="how" className="sr-only">
          How Byline works
        </h2>
        {[
          ["Read", "Real articles, credited to their outlets, with the byline, date and genre shown plainly."],
          ["Answer", "Questions about who said what and who reported it. No timers, no leaderboards."],
          ["See why", "After each answer, the explanation and the exact words in the article that settle it."],
        ].map(([title, text]) => (
          <div key={title} className="rounded-lg border border-stone-200 bg-white p-5">
            <h3 className="font-serif text-xl font-semibold">{title}</h3>
            <p className="mt-2 text-sm text-muted">{text}</p>
          </div>
        ))}
      </section>
      <p className="text-sm text-muted">
        Teachers: sign up with the teacher invite code from your school&apos;s Byline administrator.
      </p>
    </div>
  );
}
