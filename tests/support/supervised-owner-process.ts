/**
 * Starts a supervised embedded owner for the data dir in argv[2] and prints the owner's pid, then
 * waits: a test kills this process to see that the owner does not outlive its supervisor.
 */
import { startSupervisedOwner } from "@/db/embedded/supervisor";

void startSupervisedOwner(process.argv[2]!, 0).then((owner) => {
  console.log(JSON.stringify({ ownerPid: owner.pid(), port: owner.port }));
  setInterval(() => {}, 60_000);
});
