/**
 * Canvas's throttle, told apart from a permission 403, and a fetch that backs off and retries on it.
 *
 * Canvas answers an overflowing leaky bucket with a text/plain `403 Forbidden (Rate Limit Exceeded)`
 * (`X-Rate-Limit-Remaining: 0.0`); other gateways, and perhaps a later Canvas, send 429 with
 * `Retry-After`. A JSON 403 is a permission error and is never retried. Canvas checks its throttle before
 * anything else, so a throttled request did nothing and every method may be retried.
 */

/** How hard to try after a throttled answer; the defaults match the Python helpers' RetryPolicy. */
export interface ThrottleBackoffOptions {
  /** Tries in all, the first included (default 6). */
  maxAttempts?: number;
  /** Seconds before the first retry when the answer has no Retry-After; doubles each time (default 1). */
  initialDelay?: number;
  /** Longest computed wait, in seconds (default 30); a longer Retry-After is honoured within maxElapsed. */
  maxDelay?: number;
  /** Random seconds added to each computed wait, so clients do not retry in step (default 1). */
  jitter?: number;
  /** Give up (return the throttled answer) rather than wait past this many seconds in all (default 120). */
  maxElapsed?: number;
  /** Called before each wait: for logging, or to stop (throw) early. */
  onThrottle?: (event: ThrottleEvent) => void;
  /** Replaceable for tests: waits `ms` milliseconds. */
  sleep?: (ms: number) => Promise<void>;
  /** Replaceable for tests: a number in [0, 1). */
  random?: () => number;
  /** Replaceable for tests: milliseconds since some fixed point. */
  now?: () => number;
}

/** One throttled answer about to be retried. */
export interface ThrottleEvent {
  /** The try that was throttled (1 = the first). */
  attempt: number;
  /** 429, or 403 for Canvas's text/plain throttle. */
  status: number;
  /** Seconds the retry waits. */
  delay: number;
  /** Whether the wait came from the answer's Retry-After header. */
  fromRetryAfter: boolean;
}

export type FetchLike = (input: Request) => Promise<Response>;

/** Whether an answer is the throttle (429, or Canvas's text/plain 403) rather than a real error. */
export function isThrottledResponse(response: Response): boolean {
  if (response.status === 429) return true;
  if (response.status !== 403) return false;
  const contentType = (response.headers.get("Content-Type") ?? "").toLowerCase();
  if (contentType.startsWith("text/plain")) return true;
  if (contentType.includes("json")) return false;
  const remaining = Number.parseFloat(response.headers.get("X-Rate-Limit-Remaining") ?? "");
  return Number.isFinite(remaining) && remaining <= 0;
}

/** Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), or undefined if absent/bad. */
export function retryAfterSeconds(value: string | null, nowMs: number = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number.parseFloat(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, (date - nowMs) / 1000);
}

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `fetch` that retries throttled answers: it waits Retry-After when the answer has one, else exponential
 * backoff with jitter, and returns the last throttled answer once the tries or the time budget run out
 * (callers then see the typed 403/429 body as usual).
 */
export function withThrottleBackoff(fetch: FetchLike, options: ThrottleBackoffOptions = {}): FetchLike {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 6);
  const initialDelay = options.initialDelay ?? 1;
  const maxDelay = options.maxDelay ?? 30;
  const jitter = options.jitter ?? 1;
  const maxElapsed = options.maxElapsed ?? 120;
  const sleep = options.sleep ?? sleepFor;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;

  return async (request: Request): Promise<Response> => {
    const started = now();
    for (let attempt = 1; ; attempt++) {
      // A Request body can be read once: send a copy while another try may follow.
      const response = await fetch(attempt < maxAttempts ? request.clone() : request);
      if (attempt >= maxAttempts || !isThrottledResponse(response)) return response;
      const retryAfter = retryAfterSeconds(response.headers.get("Retry-After"), now());
      const delay =
        retryAfter ??
        Math.min(maxDelay, initialDelay * 2 ** (attempt - 1) + random() * jitter);
      if ((now() - started) / 1000 + delay > maxElapsed) return response;
      options.onThrottle?.({ attempt, status: response.status, delay, fromRetryAfter: retryAfter !== undefined });
      await response.body?.cancel();
      await sleep(delay * 1000);
    }
  };
}
