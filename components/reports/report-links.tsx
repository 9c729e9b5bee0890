"use client";

import Link from "next/link";
import { createContext, useContext, type ComponentProps, type ReactNode } from "react";
import { reportHref } from "@/lib/reports/report-href";

/** Whether this report was rendered by the server for a browser without JavaScript (lib/reports/report-href.ts). */
const Plain = createContext(false);

export function ReportLinks({ plain, children }: { plain: boolean; children: ReactNode }) {
  return <Plain.Provider value={plain}>{children}</Plain.Provider>;
}

/** A link to another report (or a student's page), kept to the kind of page this one is. */
export function ReportLink({ href, ...props }: ComponentProps<typeof Link> & { href: string }) {
  return <Link href={reportHref(href, useContext(Plain))} {...props} />;
}
