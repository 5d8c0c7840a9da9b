import { spawn, type ChildProcess } from "node:child_process";
import { copyFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../../app/generated/prisma/client";
import { seedDemo } from "../../../prisma/seed-data";
import { HTTP_BASE_DB, HTTP_TMP, ROOT } from "./paths";

export const DEMO_PASSWORD = "toezicht-demo";

export interface AppServer {
  baseURL: string;
  databaseFile: string;
  /** A read connection to the server's database, for asserting what it holds. */
  sqlite: Database.Database;
  stop(): Promise<void>;
}

/** The built app on its own copy of the demo database, on a free port, as `npm start` runs it. */
export async function startApp(name: string, env: Record<string, string> = {}, prepare?: (file: string) => void): Promise<AppServer> {
  const dir = path.join(HTTP_TMP, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const databaseFile = path.join(dir, "app.db");
  await copyFile(HTTP_BASE_DB, databaseFile);
  const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${databaseFile}` }) });
  await seedDemo(client);
  await client.$disconnect();
  prepare?.(databaseFile);
  const { baseURL, stop } = await spawnApp(dir, { DATABASE_URL: `file:${databaseFile}`, ...env });
  const sqlite = new Database(databaseFile, { readonly: true });
  return {
    baseURL,
    databaseFile,
    sqlite,
    async stop() {
      sqlite.close();
      await stop();
    },
  };
}

/** The built app as `npm start` runs it, on a free port, on the database `env.DATABASE_URL` names. */
export async function spawnApp(
  dir: string,
  env: Record<string, string> & { DATABASE_URL: string },
): Promise<{ baseURL: string; stop(): Promise<void>; output(): string }> {
  const server = spawn(process.execPath, [path.join(ROOT, "server/index.js"), `${process.env.BUILD_DIR ?? "build"}/index.js`], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: "0",
      SESSION_SECRET: "http-session-secret-0123456789abcdef",
      ATTACHMENTS_DIR: path.join(dir, "attachments"),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stderr: string[] = [];
  const stdout: string[] = [];
  server.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  server.stdout?.on("data", (chunk: Buffer) => stdout.push(chunk.toString()));
  const baseURL = await listeningAt(server, stderr);
  return {
    baseURL,
    /** What the server printed so far. */
    output: () => stdout.join("") + stderr.join(""),
    async stop() {
      server.kill("SIGTERM");
      if (server.exitCode === null) await new Promise((r) => server.once("exit", r));
    },
  };
}

function listeningAt(server: ChildProcess, stderr: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The app did not start within 60 s:\n${stderr.join("")}`)), 60_000);
    server.once("exit", (code) => reject(new Error(`The app exited with code ${code}:\n${stderr.join("")}`)));
    let out = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /\[toezichtspoor\] (http:\/\/localhost:\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
}

/** A session cookie for a demo account, got by signing in through the form. */
export async function signIn(baseURL: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${baseURL}/inloggen`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: baseURL },
    body: new URLSearchParams({ email, password, redirectTo: "/" }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("__session="));
  if (response.status !== 302 || !cookie) throw new Error(`Signing in as ${email} answered ${response.status}`);
  return cookie.split(";")[0] ?? "";
}
