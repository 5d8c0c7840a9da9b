import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireDocumentFileAccess } from "~/models/access.server";
import { attachmentDownload } from "~/utils/files.server";
import { getUser } from "~/utils/session.server";

/**
 * Downloads a document's file: a published report's for anyone (it is public), any other only
 * for a user who may see the trajectory and the document (404 otherwise). Served as attachments
 * are: a download with our own content type, never rendered inside the app's origin.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return attachmentDownload(await requireDocumentFileAccess(user, params.id));
}
