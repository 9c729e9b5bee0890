import type { Metadata } from "next";
import { Suspense } from "react";
import { AccountSettingsForm } from "@/components/account/account-settings-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SessionList } from "@/components/account/session-list";
import { LoadingBlock } from "@/components/layout/loading-block";
import { YourData } from "@/components/privacy/your-data";
import { listAccountSessions } from "@/db/queries/sessions";
import { listTimeZones } from "@/lib/time-zones";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Account settings" };

export default function AccountPage() {
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="font-serif text-3xl font-bold">Account settings</h1>
      <Suspense fallback={<LoadingBlock />}>
        <Settings />
      </Suspense>
      <YourData />
    </div>
  );
}

async function Settings() {
  const user = await requireUser(undefined, "/account");
  const sessions = await listAccountSessions(user);
  return (
    <>
      <AccountSettingsForm name={user.name} timeZone={user.timeZone} timeZones={listTimeZones(user.timeZone)} />
      <ChangePasswordForm />
      <SessionList sessions={sessions} timeZone={user.timeZone} />
    </>
  );
}
