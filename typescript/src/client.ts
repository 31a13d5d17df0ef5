/**
 * createCanvasReportsClient: an openapi-fetch client typed by the spec's `paths`, with the bearer token,
 * a User-Agent where the runtime lets us set one (hosted Canvas refuses requests without), and backoff on
 * Canvas's throttle.
 */
import createClient, { type Client } from "openapi-fetch";
import { specVersion } from "./generated/catalogue.js";
import type { paths } from "./generated/openapi.js";
import { type FetchLike, type ThrottleBackoffOptions, withThrottleBackoff } from "./throttle.js";

/** An operation with only the JSON request body: openapi-fetch sends every body as JSON, so the form
 * encodings the spec also allows (flat `parameters[name]` fields) must not type-check as bodies. */
type JsonRequestOnly<Operation> = {
  [Key in keyof Operation]: Key extends "requestBody" ? JsonContentOnly<Operation[Key]> : Operation[Key];
};
type JsonContentOnly<Body> = Body extends { content: infer Content }
  ? Omit<Body, "content"> & { content: Pick<Content, Extract<keyof Content, "application/json">> }
  : Body;

/** The spec's `paths` as this client sends them: JSON request bodies; every response body, error bodies
 * (JSON and the text/plain throttle) included. */
export type ClientPaths = {
  [Path in keyof paths]: { [Method in keyof paths[Path]]: JsonRequestOnly<paths[Path][Method]> };
};

/** The client: `client.GET("/api/v1/accounts/{account_id}/reports/{report}", { params: … })` and so on. */
export type CanvasReportsClient = Client<ClientPaths>;

export interface CanvasReportsClientOptions {
  /** The Canvas instance, e.g. `https://yourschool.instructure.com` (paths start with `/api/v1`). */
  baseUrl: string;
  /** An access token of a user with `read_reports` on the account. */
  token: string;
  /** The fetch to use (default: the runtime's global fetch). */
  fetch?: FetchLike;
  /** The User-Agent to send where the runtime allows it (Node, Deno, Bun; browsers set their own). */
  userAgent?: string;
  /** Backoff on the throttle (429 and the text/plain 403); `false` returns throttled answers at once. */
  retry?: ThrottleBackoffOptions | false;
}

/** The User-Agent sent by default: the package and the spec version it was generated from. */
export const DEFAULT_USER_AGENT = `canvas-account-reports-client/${specVersion} (TypeScript; openapi-fetch)`;

/** Browsers (and their workers) forbid setting User-Agent; server runtimes send what we set. */
export function canSetUserAgent(): boolean {
  const scope = globalThis as { document?: unknown; WorkerGlobalScope?: unknown };
  return scope.document === undefined && scope.WorkerGlobalScope === undefined;
}

export function createCanvasReportsClient(options: CanvasReportsClientOptions): CanvasReportsClient {
  if (!options.baseUrl) throw new TypeError("createCanvasReportsClient: baseUrl is required");
  if (!options.token) throw new TypeError("createCanvasReportsClient: token is required");
  const headers: Record<string, string> = { Authorization: `Bearer ${options.token}` };
  if (canSetUserAgent()) headers["User-Agent"] = options.userAgent ?? DEFAULT_USER_AGENT;
  // Read the global at call time, so a fetch patched after import (by tests, by polyfills) is used.
  const baseFetch: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  const fetch = options.retry === false ? baseFetch : withThrottleBackoff(baseFetch, options.retry ?? {});
  return createClient<ClientPaths>({ baseUrl: options.baseUrl, headers, fetch });
}
