import { LoadingBlock } from "@/components/layout/loading-block";

// Also above /admin/students, whose heading is static and whose search streams in below it.
export default function Loading() {
  return <LoadingBlock />;
}
