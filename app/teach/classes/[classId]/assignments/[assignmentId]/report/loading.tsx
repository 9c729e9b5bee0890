import { LoadingBlock } from "@/components/layout/loading-block";

export default function Loading() {
  return <LoadingBlock label="Loading the assignment report…" />;
}
