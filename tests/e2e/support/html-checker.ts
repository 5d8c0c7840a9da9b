import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

// The W3C Nu HTML Checker (vnu-jar) as one long-lived local service for the whole browser run:
// the JVM and its schemas take many seconds to start, a check of one page then takes
// milliseconds. It needs a Java runtime (Debian: default-jre-headless).

const ROOT = path.resolve(import.meta.dirname, "../../..");
export const VNU_JAR = path.join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");

export interface HtmlChecker {
  url: string;
  stop: () => Promise<void>;
}

/** A port nothing listens on now, for a local service of the test run. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startHtmlChecker(seconds = 180): Promise<HtmlChecker> {
  const port = await freePort();
  const java = process.env.JAVA ?? "java";
  const child: ChildProcess = spawn(
    java,
    ["-Dnu.validator.servlet.bind-address=127.0.0.1", "-cp", VNU_JAR, "nu.validator.servlet.Main", String(port)],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const spawnError = new Promise<never>((_, reject) =>
    child.once("error", (error) =>
      reject(new Error(`The HTML checker needs Java (Debian: apt-get install -y default-jre-headless): ${error.message}`)),
    ),
  );
  const url = `http://127.0.0.1:${port}/`;
  const ready = (async () => {
    const deadline = Date.now() + seconds * 1000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`The HTML checker exited with code ${child.exitCode}:\n${log}`);
      try {
        if ((await fetch(url)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`The HTML checker did not answer at ${url} within ${seconds}s:\n${log}`);
  })();
  await Promise.race([ready, spawnError]);
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

export interface HtmlMessage {
  type: string;
  subType?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/** The checker's errors for one HTML document (warnings and notes left out). */
export async function htmlErrors(checkerUrl: string, html: string): Promise<HtmlMessage[]> {
  const res = await fetch(`${checkerUrl}?out=json`, {
    method: "POST",
    headers: { "Content-Type": "text/html; charset=utf-8" },
    body: html,
  });
  if (!res.ok) throw new Error(`The HTML checker answered ${res.status}`);
  const { messages } = (await res.json()) as { messages: HtmlMessage[] };
  return messages.filter((m) => m.type === "error" || (m.type === "non-document-error"));
}

declare module "vitest" {
  export interface ProvidedContext {
    htmlCheckerURL: string;
  }
}
