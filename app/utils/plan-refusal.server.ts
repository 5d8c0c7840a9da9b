import type { Translate } from "~/i18n";
import type { PlanRefusal } from "~/domain/plan";
import { conflictResponse } from "./conflict.server";
import { formFailure } from "./forms.server";

/** The answer to a refused plan change: 409 with the newer version, 409 when frozen, else a field error. */
export function planRefusal<Current>(result: PlanRefusal<Current>, formData: FormData, t: Translate) {
  switch (result.reason) {
    case "conflict":
      return conflictResponse(formData, t("form.conflict"), result.current);
    case "frozen":
      return formFailure(formData, {}, t("plan.frozen"), 409);
    case "unknownNorm":
      return formFailure(formData, { normId: [t("form.choose")] });
    case "unknownMeasure":
      return formFailure(formData, { measureId: [t("plan.action.measureMismatch")] });
    case "noActions":
      return formFailure(formData, {}, t("plan.noActionsToSubmit"));
    case "notAllowed":
      return formFailure(formData, {}, t("plan.cannotStart"), 409);
  }
}
