// A throttled call against the mock, in both of Canvas's ways: the text/plain 403 of self-hosted Canvas
// (MOCK_THROTTLE_STATUS=403) and the 429 of hosted Canvas with Retry-After. (Until the mock learns those
// settings, from issue 9, both mocks answer its one throttle status; the test accepts either.)
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { CanvasReportsError, createCanvasReportsClient, isThrottledResponse, unwrap } from "canvas-account-reports-client";
import { ACCOUNT_ID, startMock } from "./support.mjs";

const MODES = {
  "self-hosted 403": { MOCK_THROTTLE_STATUS: "403" },
  "hosted 429 with Retry-After": { MOCK_THROTTLE_STATUS: "429", MOCK_THROTTLE_RETRY_AFTER: "1" },
};
const reportPath = "/api/v1/accounts/{account_id}/reports/{report}";
const params = { params: { path: { account_id: ACCOUNT_ID, report: "provisioning_csv" } } };

for (const [mode, env] of Object.entries(MODES)) {
  describe(`throttled by a ${mode} Canvas`, () => {
    let mock;
    const token = "ts-throttle-token";
    before(async () => {
      mock = await startMock(env);
      await mock.control("tokens", { token, user_id: 1077, scopes: null });
    });
    after(async () => {
      await mock?.stop();
    });
    const client = (options) => createCanvasReportsClient({ baseUrl: mock.url, token, ...options });

    test("without retries the throttled answer comes back, its body typed", async () => {
      await mock.control("throttle", { token, level: 800 });
      const once = await client({ retry: false }).GET(reportPath, params);
      assert.ok([403, 429].includes(once.response.status), `status ${once.response.status}`);
      assert.ok(isThrottledResponse(once.response));
      assert.ok(once.error === undefined || typeof once.error === "string", JSON.stringify(once.error));
      assert.throws(() => unwrap("listReports", once), (err) => err instanceof CanvasReportsError && err.throttled);
    });

    test("with retries it backs off until the bucket has drained, then succeeds", async () => {
      // Just over the high-water mark: the bucket drains 10 units/s, so a retry a moment later passes.
      await mock.control("throttle", { token, level: 602 });
      const events = [];
      const retried = await client({
        retry: { initialDelay: 0.3, jitter: 0, onThrottle: (event) => events.push(event) },
      }).GET(reportPath, params);
      assert.equal(retried.response.status, 200, JSON.stringify(retried.error));
      assert.ok(events.length >= 1);
      if (events[0].fromRetryAfter) assert.equal(events[0].status, 429);
    });
  });
}
