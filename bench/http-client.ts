// A small keep-alive HTTP client for the mixed scenario. Not fetch: the load generator shares
// two cores with the servers, and node:http costs less per request than fetch's streams. Each
// reply is timed from sending the request to the last byte of the body, as autocannon does.
import http from "node:http";

export interface Reply {
  status: number;
  location: string | null;
  setCookie: string[];
  body: string;
  ms: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

export function send(
  base: string,
  method: "GET" | "POST",
  path: string,
  options: { cookie?: string; form?: URLSearchParams; keepBody?: boolean } = {},
): Promise<Reply> {
  const url = new URL(path, base);
  const body = options.form?.toString();
  const headers: Record<string, string> = {};
  if (options.cookie) headers.Cookie = options.cookie;
  if (body !== undefined) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    headers["Content-Length"] = String(Buffer.byteLength(body));
    // The app refuses a POST whose Origin is not its own, as a browser's form would send it.
    headers.Origin = base;
  }
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => {
        if (options.keepBody) chunks.push(chunk);
      });
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          location: typeof response.headers.location === "string" ? response.headers.location : null,
          setCookie: response.headers["set-cookie"] ?? [],
          body: Buffer.concat(chunks).toString("utf8"),
          ms: performance.now() - started,
        }),
      );
      response.on("error", reject);
    });
    request.setTimeout(60_000, () => request.destroy(new Error("timed out after 60 s")));
    request.on("error", reject);
    request.end(body);
  });
}

export function closeClient(): void {
  agent.destroy();
}
