import { LoadingBlock } from "@/components/layout/loading-block";

// Also above teach/lessons/** and teach/sources/**: their pages render their own placeholders
// inside the page, so this one shows only for /teach itself.
export default function Loading() {
  return <LoadingBlock label="Loading your classes and lessons…" />;
}
