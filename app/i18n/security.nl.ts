// Dutch messages of the security controls. security.en.ts has the same keys.
export const securityNl = {
  "security.chain.intact": "De auditketen klopt: alle {count} gebeurtenissen van dit traject hebben hun oorspronkelijke inhoud en sluiten aan op hun voorganger.",
  "security.chain.broken": "De auditketen is verbroken bij gebeurtenis {id}: het auditlog is buiten de applicatie om gewijzigd. Meld dit bij de beheerder.",
  "security.field.controlCharacters": "Dit veld bevat een onzichtbaar stuurteken (zoals NUL). Haal het weg en probeer het opnieuw.",
  "security.field.dateRange": "Deze datum ligt buiten het mogelijke bereik ({max}).",
} as const;
