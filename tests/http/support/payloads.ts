// Generated request bodies for the fuzz test: seeded, so a failure can be replayed.

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = [
  "",
  " ",
  "\u0000",
  "x\u0000y",
  "\u0007\u001b[31mred\u001b[0m",
  "line\r\nInjected: header",
  "9999-12-31",
  "0000-00-00",
  "2025-02-30",
  "1900-01-01",
  "2026-13-01",
  "31-01-2026",
  "2026-01-31T25:61:00Z",
  "-1",
  "0",
  "1e309",
  "NaN",
  "Infinity",
  "99999999999999999999999",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  "__proto__",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "../../../etc/passwd",
  "%00",
  "\uffff",
  "\ud800",
  "😀".repeat(50),
  "/。evil.example",
  "//evil.example",
  "https://evil.example/",
  "a".repeat(5000),
];

export interface Payload {
  label: string;
  headers: Record<string, string>;
  body: BodyInit | null;
}

/**
 * One generated request body for an action. `names` are words from the route's source (field
 * names and intent values), `ids` real ids from the database (of this and of other trajectories).
 */
export function payload(random: () => number, names: string[], ids: string[], origin: string): Payload {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const value = () => (random() < 0.2 && ids.length ? pick(ids) : random() < 0.25 ? pick(names) : pick(NASTY));
  const fields: [string, string][] = [];
  const count = Math.floor(random() * 7);
  for (let i = 0; i < count; i++) {
    const name = random() < 0.85 ? pick(names) : pick(["", "\u0000", "a[]", "a[0]", "__proto__", "x".repeat(300)]);
    fields.push([name, value()]);
    // Arrays for scalars and duplicate keys.
    if (random() < 0.2) fields.push([name, value()]);
  }
  if (random() < 0.5) fields.push(["intent", pick(names)]);
  const headers: Record<string, string> = { Origin: origin };
  const kind = random();
  if (kind < 0.55) {
    return { label: "form", headers, body: new URLSearchParams(fields) };
  }
  if (kind < 0.75) {
    const form = new FormData();
    for (const [name, v] of fields) form.append(name, v);
    if (random() < 0.7) {
      const fileName = pick(['"; filename=evil.html', "../../etc/passwd", "a\u0000.pdf", "x".repeat(400) + ".pdf", ".htaccess", "report.pdf", "CON", ""]);
      const content = pick(["%PDF-1.4\n", "<html><script>alert(1)</script>", "", "PK\u0003\u0004"]);
      form.append(pick(names), new Blob([content], { type: pick(["application/pdf", "text/html", "", "application/octet-stream"]) }), fileName);
    }
    return { label: "multipart", headers, body: form };
  }
  if (kind < 0.82) {
    return { label: "json", headers: { ...headers, "Content-Type": "application/json" }, body: JSON.stringify(Object.fromEntries(fields)) };
  }
  if (kind < 0.86) {
    return { label: "text", headers: { ...headers, "Content-Type": "text/plain" }, body: fields.map((f) => f.join("=")).join("\n") };
  }
  if (kind < 0.89) {
    return { label: "multipart-no-boundary", headers: { ...headers, "Content-Type": "multipart/form-data" }, body: "--x\r\n\r\n" };
  }
  if (kind < 0.92) {
    return {
      label: "multipart-broken",
      headers: { ...headers, "Content-Type": "multipart/form-data; boundary=abc" },
      body: pick(["--abc\r\nContent-Disposition: form-data\r\n\r\nx", "garbage", "--abc--", '--abc\r\nContent-Disposition: form-data; name="a"; filename="\u0000"\r\n\r\nx\r\n--abc--\r\n']),
    };
  }
  if (kind < 0.94) {
    return { label: "no-body", headers, body: null };
  }
  if (kind < 0.96) {
    return { label: "oversized", headers, body: new URLSearchParams([["text", "a".repeat(1024 * 1024 + 10)]]) };
  }
  return { label: "foreign-origin", headers: { Origin: pick(["https://evil.example", "null", "http://localhost", "garbage"]) }, body: new URLSearchParams(fields) };
}

/** Words from a route's source that may be field names or intent values. */
export function namesFrom(source: string): string[] {
  const words = new Set<string>();
  for (const match of source.matchAll(/["'`]([A-Za-z][\w.[\]-]{0,40})["'`]/g)) {
    if (match[1]) words.add(match[1]);
  }
  return [...words];
}
