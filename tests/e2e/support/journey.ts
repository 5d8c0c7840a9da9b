import { describe, it, onTestFailed } from "vitest";

/**
 * Limit for one step of a browser journey. Every step is kept to what takes at most about
 * fifteen seconds on an idle two-core machine (the slowest, measured, are listed in the
 * closing note of issue 9), so this is at least four times its idle duration.
 */
export const STEP_TIMEOUT = 60_000;

type Step = (name: string, body: () => Promise<void>, timeout?: number) => void;

/**
 * A user journey as a sequence of named steps that share state, each its own test with its
 * own limit, so a failure names the step that broke. Once a step has failed, the steps after
 * it are skipped (they depend on it) and say which step they wait for.
 */
export function journey(title: string, define: (step: Step) => void): void {
  describe(title, () => {
    let broken: string | undefined;
    define((name, body, timeout = STEP_TIMEOUT) => {
      it(
        name,
        async (context) => {
          if (broken) context.skip(`skipped because step "${broken}" failed`);
          onTestFailed(() => {
            broken ??= name;
          });
          await body();
        },
        timeout
      );
    });
  });
}
