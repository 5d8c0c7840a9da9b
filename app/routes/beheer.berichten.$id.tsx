import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusError } from "~/components/status-error";
import { formatDateTime, type MessageKey } from "~/i18n";
import { renderedOutboxMessage } from "~/models/outbox-delivery.server";
import { useI18n } from "~/utils/i18n";
import { appUrl } from "~/utils/mail-transport.server";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Bericht – Toezichtspoor" }];

// One message as its recipient gets it (subject and text part), for administrators: the demo
// shows exactly what would have been sent.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  const message = await renderedOutboxMessage(params.id ?? "", appUrl());
  if (!message) throw new Response("Not found", { status: 404 });
  return { message };
}

export default function OutboxMessageView() {
  const { message } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  const status = message.status === "WITHDRAWN" ? "SENT" : message.status;
  return (
    <>
      <h1>{t("notify.outbox.message")}</h1>
      <dl className="facts">
        {[
          { label: t("notify.outbox.recipient"), value: message.recipient },
          { label: t("notify.outbox.kind"), value: t(`notify.outbox.kind.${message.kind}` as MessageKey) },
          { label: t("notify.inbox.state"), value: t(`notify.outbox.status.${status}` as MessageKey) },
          { label: t("notify.outbox.created"), value: formatDateTime(message.createdAt, locale) },
          { label: t("notify.outbox.attempts"), value: String(message.attempts) },
          ...(message.lastError ? [{ label: t("notify.outbox.error"), value: message.lastError }] : []),
        ].map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {message.rendered ? (
        <>
          <h2>{t("notify.outbox.subject")}</h2>
          <p lang={message.locale}>{message.rendered.subject}</p>
          <h2>{t("notify.outbox.textPart")}</h2>
          <pre className="message-text" lang={message.locale} tabIndex={0}>
            {message.rendered.text}
          </pre>
        </>
      ) : (
        <p>{t("notify.outbox.withdrawn")}</p>
      )}
      <p>
        <Link to="/beheer/berichten">{t("notify.outbox.back")}</Link>
      </p>
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
