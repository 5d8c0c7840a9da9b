import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAttachmentAccess } from "~/models/access.server";
import { attachmentDownload } from "~/utils/files.server";
import { requireUser } from "~/utils/session.server";

/**
 * Downloads an attachment, only for users who may see its trajectory (404 otherwise, the same
 * answer as for an id that does not exist). Always as a download with our own content type:
 * the browser never renders or sniffs an uploaded file inside the app's origin.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return attachmentDownload(await requireAttachmentAccess(user, params.id));
}
