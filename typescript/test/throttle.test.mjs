// withThrottleBackoff on scripted answers (no network, fake time): what counts as the throttle, how long
// it waits, when it gives up, and that a retried POST sends its body again.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isThrottledResponse, parseLinkHeader, retryAfterSeconds, withThrottleBackoff } from "canvas-account-reports-client";

const throttled403 = () =>
  new Response("403 Forbidden (Rate Limit Exceeded)\n", {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Rate-Limit-Remaining": "0.0" },
  });
const throttled429 = (retryAfter) =>
  new Response("Too Many Requests", { status: 429, headers: retryAfter ? { "Retry-After": retryAfter } : {} });
const json = (status, body) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8" } });

/** A fetch that answers from a script and records what it was sent; fake sleep records the waits. */
function scripted(...answers) {
  const sent = [];
  const waits = [];
  const fetch = async (request) => {
    sent.push({ method: request.method, body: request.body ? await request.text() : null });
    return answers.shift()();
  };
  const options = { sleep: async (ms) => void waits.push(ms / 1000), random: () => 0.5, now: () => 0 };
  return { fetch, sent, waits, options };
}

test("what is the throttle: 429, text/plain 403, a bodiless 403 at 0.0 remaining; never a JSON 403", () => {
  assert.ok(isThrottledResponse(throttled429()));
  assert.ok(isThrottledResponse(throttled403()));
  assert.ok(isThrottledResponse(new Response(null, { status: 403, headers: { "x-rate-limit-remaining": "0.0" } })));
  assert.ok(!isThrottledResponse(json(403, { status: "unauthorized", errors: [{ message: "user not authorized to perform that action" }] })));
  assert.ok(!isThrottledResponse(json(401, { errors: [] })));
});

test("Retry-After is honoured, in seconds or as an HTTP date", async () => {
  const { fetch, waits, options } = scripted(() => throttled429("3"), () => json(200, []));
  const response = await withThrottleBackoff(fetch, options)(new Request("http://127.0.0.1/x"));
  assert.equal(response.status, 200);
  assert.deepEqual(waits, [3]);
  assert.equal(retryAfterSeconds("Wed, 21 Oct 2015 07:28:05 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT")), 5);
  assert.equal(retryAfterSeconds("soon"), undefined);
});

test("the text/plain 403 backs off exponentially with jitter, then succeeds", async () => {
  const { fetch, waits, options } = scripted(throttled403, throttled403, throttled403, () => json(200, []));
  const response = await withThrottleBackoff(fetch, { ...options, initialDelay: 1, jitter: 1 })(
    new Request("http://127.0.0.1/x"),
  );
  assert.equal(response.status, 200);
  assert.deepEqual(waits, [1.5, 2.5, 4.5]);
});

test("a JSON 403 is returned at once, never retried", async () => {
  const { fetch, sent, waits, options } = scripted(() => json(403, { status: "unauthorized", errors: [] }));
  const response = await withThrottleBackoff(fetch, options)(new Request("http://127.0.0.1/x"));
  assert.equal(response.status, 403);
  assert.equal(sent.length, 1);
  assert.deepEqual(waits, []);
});

test("gives up after maxAttempts, or when the next wait would pass maxElapsed, returning the throttled answer", async () => {
  const tries = scripted(throttled403, throttled403, throttled403);
  const last = await withThrottleBackoff(tries.fetch, { ...tries.options, maxAttempts: 3 })(new Request("http://127.0.0.1/x"));
  assert.equal(last.status, 403);
  assert.equal(tries.sent.length, 3);
  assert.equal(await last.text(), "403 Forbidden (Rate Limit Exceeded)\n", "the last answer's body is unread");

  const budget = scripted(() => throttled429("600"));
  const early = await withThrottleBackoff(budget.fetch, { ...budget.options, maxElapsed: 60 })(new Request("http://127.0.0.1/x"));
  assert.equal(early.status, 429);
  assert.deepEqual(budget.waits, []);
});

test("a retried POST sends the same body again", async () => {
  const { fetch, sent, options } = scripted(throttled403, () => json(200, {}));
  const request = new Request("http://127.0.0.1/x", { method: "POST", body: '{"parameters":{"users":true}}' });
  await withThrottleBackoff(fetch, options)(request);
  assert.deepEqual(sent.map((s) => s.body), ['{"parameters":{"users":true}}', '{"parameters":{"users":true}}']);
});

test("Link headers as Canvas writes them (no space after the comma, lower-case names)", () => {
  const link =
    '<https://c.example/api/v1/accounts/1/reports/x?page=1&per_page=2>; rel="current",' +
    '<https://c.example/api/v1/accounts/1/reports/x?page=2&per_page=2>; rel="next",' +
    '<https://c.example/api/v1/accounts/1/reports/x?page=1&per_page=2>; rel="first"';
  const links = parseLinkHeader(link);
  assert.equal(links.next, "https://c.example/api/v1/accounts/1/reports/x?page=2&per_page=2");
  assert.equal(links.last, undefined);
  assert.deepEqual(parseLinkHeader(null), {});
});
