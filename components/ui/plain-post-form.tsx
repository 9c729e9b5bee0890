"use client";

import { startTransition, type FormHTMLAttributes } from "react";
import { requestFormReset } from "react-dom";

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "action" | "method" | "onSubmit"> & {
  /** The plain endpoint (server/forms/plain-post.ts) the browser posts to without JavaScript. */
  action: string;
  /** The server action (from useActionState) that handles the form once JavaScript has loaded. */
  onAction: (formData: FormData) => void;
};

/**
 * A form that works before and without JavaScript: the browser posts it to a route handler that
 * answers with a redirect (with Cache Components, Next answers a server action posted before
 * hydration with the static shell only). Once hydrated, it calls the server action in place,
 * resetting its fields afterwards as a form action would.
 */
export function PlainPostForm({ action, onAction, ...props }: Props) {
  return (
    <form
      {...props}
      method="post"
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const formData = new FormData(form, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => {
          requestFormReset(form);
          onAction(formData);
        });
      }}
    />
  );
}
