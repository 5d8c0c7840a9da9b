import { z } from "zod";

// The sign-in form. Imported by the action only: the server is the judge of validity, and
// keeping zod out of route components keeps it out of the browser's bundle.
export const LoginSchema = z.object({
  email: z.string({ error: "field.required" }).trim().toLowerCase().min(1, "field.required").pipe(z.email("field.email")),
  password: z.string({ error: "field.required" }).min(1, "field.required"),
  redirectTo: z.string().optional(),
});
export type LoginForm = z.infer<typeof LoginSchema>;
