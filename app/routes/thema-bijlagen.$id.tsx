import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireThemeAttachmentAccess } from "~/models/theme-answer.server";
import { attachmentDownload } from "~/utils/files.server";
import { requireUser } from "~/utils/session.server";

/**
 * Downloads an attachment to a theme's answers: the organisation its own, the inspectorate
 * once submitted (404 otherwise, the same answer as for an id that does not exist).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return attachmentDownload(await requireThemeAttachmentAccess(user, params.id));
}
