import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";

/** On the Account page: a copy of everything stored about you, and how to have it erased. */
export function YourData() {
  return (
    <section aria-labelledby="your-data-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="your-data-heading" className="text-xl font-semibold">
        Your data
      </h2>
      <p>
        Download a copy of everything Byline keeps about you: your account, your classes, your assignments, and every
        answer you gave with its question. It is a JSON file, which any text editor opens.
      </p>
      <p>
        <a href="/account/data" download className={buttonVariants({ variant: "secondary" })}>
          Download my data
        </a>
      </p>
      <p className="text-sm text-muted">
        To have your account and answers erased, ask your teacher or your school&apos;s Byline administrator. Read the{" "}
        <Link href="/privacy">privacy notice</Link> for what is kept and for how long.
      </p>
    </section>
  );
}
