/**
 * The everyday jobs on top of the typed client, mirroring the Python helpers (canvas_reports): every page
 * of listReports through `Link`, waiting until a report is final, downloading its file, and one error type
 * that keeps Canvas's typed error body.
 */
import type { CanvasReportsClient } from "./client.js";
import type { components } from "./generated/openapi.js";
import { isThrottledResponse } from "./throttle.js";

type Report = components["schemas"]["Report"];
type ReportStatus = components["schemas"]["ReportStatus"];

/** Every error body the spec describes: JSON errors, startReport's 400, the text/plain throttle, and
 * startReport's 409 (the identical report already in progress). */
export type CanvasErrorBody =
  | components["schemas"]["ErrorResponse"]
  | components["schemas"]["BadRequestError"]
  | components["schemas"]["RateLimitExceeded"]
  | Report;

/** Canvas answered with an error status. `body` is the parsed error body, typed as the spec describes it. */
export class CanvasReportsError extends Error {
  override name = "CanvasReportsError";
  readonly status: number;
  readonly body: CanvasErrorBody | undefined;
  /** The throttle outlasted every retry (429 or the text/plain 403): wait and try later. */
  readonly throttled: boolean;

  constructor(what: string, response: Response, body: CanvasErrorBody | undefined) {
    const throttled = isThrottledResponse(response);
    super(`${what}: ${throttled ? "throttled by Canvas" : errorText(body)} (HTTP ${response.status})`);
    this.status = response.status;
    this.body = body;
    this.throttled = throttled;
  }
}

/** waitForReport ran out of time; `report` is the last state seen. */
export class WaitTimeoutError extends Error {
  override name = "WaitTimeoutError";
  constructor(
    message: string,
    readonly report: Report,
  ) {
    super(message);
  }
}

/** The report has no file, or the file could not be fetched. */
export class DownloadError extends Error {
  override name = "DownloadError";
}

/** Canvas's own words from an error body: the messages of ErrorResponse, TermError's `error`, or the text. */
export function errorText(body: CanvasErrorBody | undefined): string {
  if (body === undefined) return "(empty body)";
  if (typeof body === "string") return body.trim().split(/\s+/).join(" ").slice(0, 200) || "(empty body)";
  const { error, errors, id, status } = body as { error?: unknown; errors?: unknown; id?: unknown; status?: unknown };
  if (typeof error === "string") return error;
  if (typeof errors === "string") return errors;
  if (Array.isArray(errors)) {
    const messages = (errors as components["schemas"]["ErrorMessage"][])
      .map((e) => e?.message)
      .filter((m): m is string => typeof m === "string" && m !== "");
    if (messages.length) return messages.join("; ");
  }
  if (typeof id === "number" && typeof status === "string") return `an identical report is in progress (#${id}, ${status})`;
  return JSON.stringify(body).slice(0, 200);
}

/** The data of a successful call, or a CanvasReportsError carrying the typed error body. */
export function unwrap<T, E extends CanvasErrorBody | undefined>(
  what: string,
  result: { data?: T | undefined; error?: E | undefined; response: Response },
): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  throw new CanvasReportsError(what, result.response, result.error);
}

/** How each status the spec knows reads to someone waiting: exhaustive, so a new status in the spec
 * does not compile until it is classified here (the spec: complete, error, aborted, deleted are final). */
const STATUS_IS_FINAL: Record<ReportStatus, boolean> = {
  created: false,
  running: false,
  compiling: false,
  complete: true,
  error: true,
  aborted: true,
  deleted: true,
};

/** Whether polling can stop. A status newer than the spec counts as final once Canvas set `ended_at`. */
export function isFinal(report: Report): boolean {
  const known = (STATUS_IS_FINAL as Record<string, boolean | undefined>)[report.status];
  return known ?? (report.ended_at !== undefined && report.ended_at !== null);
}

/** The `rel` → URL pairs of a `Link` header (`<url>; rel="next",<url>; rel="last"`). */
export function parseLinkHeader(header: string | null): Record<string, string> {
  const links: Record<string, string> = {};
  if (!header) return links;
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rel = /;\s*rel\s*=\s*"?([^";,]+)"?/i.exec(match[2] ?? "")?.[1];
    if (rel && match[1] !== undefined) {
      for (const name of rel.trim().split(/\s+/)) links[name.toLowerCase()] = match[1];
    }
  }
  return links;
}

export interface ReportRef {
  /** The account: a numeric id, `self`, `sis_account_id:…` (see the spec's AccountId). */
  accountId: string;
  /** The report type, e.g. `provisioning_csv`. */
  report: string;
}

/**
 * Every run of one report type, newest first, following the `rel="next"` link page by page (`page` and
 * `per_page` are taken from the link, as Canvas wrote it).
 */
export async function* listAllReports(
  client: CanvasReportsClient,
  { accountId, report, perPage = 100 }: ReportRef & { perPage?: number },
): AsyncGenerator<Report, void, undefined> {
  let page = 1;
  let per_page = perPage;
  for (;;) {
    const result = await client.GET("/api/v1/accounts/{account_id}/reports/{report}", {
      params: { path: { account_id: accountId, report }, query: { page, per_page } },
    });
    yield* unwrap("listReports", result);
    const next = parseLinkHeader(result.response.headers.get("Link"))["next"];
    if (next === undefined) return;
    const query = new URL(next, result.response.url || "http://canvas.invalid").searchParams;
    const nextPage = Number(query.get("page"));
    if (!Number.isInteger(nextPage) || nextPage <= page) {
      throw new Error(`listReports: the next-page link does not move forward: ${next}`);
    }
    page = nextPage;
    per_page = Number(query.get("per_page")) || per_page;
  }
}

export interface WaitOptions {
  /** Seconds before the first poll's successor; grows by half each poll (default 1). */
  pollInterval?: number;
  /** Longest pause between polls, in seconds (default 10). */
  maxPollInterval?: number;
  /** Give up after this many seconds (default 600). */
  timeout?: number;
  /** Sees every state polled. */
  onUpdate?: (report: Report) => void;
  /** Stops waiting (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Replaceable for tests: waits `ms` milliseconds. */
  sleep?: (ms: number) => Promise<void>;
}

/** Poll getReport until the report is final (complete, error, aborted, deleted) and return that state. */
export async function waitForReport(
  client: CanvasReportsClient,
  { accountId, report, id }: ReportRef & { id: number },
  options: WaitOptions = {},
): Promise<Report> {
  const { maxPollInterval = 10, timeout = 600, onUpdate, signal } = options;
  const sleep =
    options.sleep ??
    ((ms: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
      }));
  let interval = options.pollInterval ?? 1;
  const deadline = Date.now() + timeout * 1000;
  for (;;) {
    signal?.throwIfAborted();
    const state = unwrap(
      "getReport",
      await client.GET("/api/v1/accounts/{account_id}/reports/{report}/{id}", {
        params: { path: { account_id: accountId, report, id } },
        ...(signal ? { signal } : {}),
      }),
    );
    onUpdate?.(state);
    if (isFinal(state)) return state;
    if (Date.now() + interval * 1000 > deadline) {
      throw new WaitTimeoutError(`report ${id} is still ${state.status} after ${timeout}s`, state);
    }
    await sleep(interval * 1000);
    interval = Math.min(interval * 1.5, maxPollInterval);
  }
}

export interface DownloadedFile {
  /** The file's bytes (a CSV, or a zip of CSVs). */
  bytes: Uint8Array;
  /** The file name Canvas gave it (`attachment.filename`, else from Content-Disposition). */
  filename: string | undefined;
  contentType: string | null;
}

/**
 * The file of a complete report. `file_url` is a Canvas web URL (not an API route) that needs the same
 * token and redirects to the file itself; fetch follows the redirect.
 */
export async function downloadReportFile(
  report: Report,
  { token, fetch = globalThis.fetch }: { token: string; fetch?: (input: Request) => Promise<Response> },
): Promise<DownloadedFile> {
  const url = report.file_url ?? report.attachment?.url;
  if (!url) throw new DownloadError(`report ${report.id} has no file (status ${report.status})`);
  const response = await fetch(new Request(url, { headers: { Authorization: `Bearer ${token}` } }));
  if (!response.ok) {
    await response.body?.cancel();
    throw new DownloadError(`report ${report.id}: downloading its file answered HTTP ${response.status}`);
  }
  const disposition = /filename="?([^";]+)"?/.exec(response.headers.get("Content-Disposition") ?? "")?.[1];
  return {
    bytes: new Uint8Array(await response.arrayBuffer()),
    filename: report.attachment?.filename ?? disposition,
    contentType: response.headers.get("Content-Type"),
  };
}
