// The client against the mock Canvas on a real 127.0.0.1 port: list, start, wait, download, pages, the
// headers it sends, and every error body as the spec types it (the throttle: throttle-mock.test.mjs).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  CanvasReportsError,
  createCanvasReportsClient,
  DEFAULT_USER_AGENT,
  downloadReportFile,
  isThrottledResponse,
  listAllReports,
  reportCatalogue,
  unwrap,
  waitForReport,
} from "canvas-account-reports-client";
import { ACCOUNT_ID, ADMIN_TOKEN, startMock } from "./support.mjs";

let mock;
before(async () => {
  mock = await startMock();
});
after(async () => {
  await mock?.stop();
});

const client = (token = ADMIN_TOKEN, options = {}) =>
  createCanvasReportsClient({ baseUrl: mock.url, token, ...options });
const reportPath = "/api/v1/accounts/{account_id}/reports/{report}";
const path = (report) => ({ params: { path: { account_id: ACCOUNT_ID, report } } });

test("lists the available reports, the catalogue's titles among them", async () => {
  const available = unwrap(
    "listAvailableReports",
    await client().GET("/api/v1/accounts/{account_id}/reports", { params: { path: { account_id: ACCOUNT_ID } } }),
  );
  const byType = new Map(available.map((entry) => [entry.report, entry.title]));
  assert.equal(byType.get("provisioning_csv"), reportCatalogue.provisioning_csv.title);
});

test("starts a report, waits until it is complete and downloads its file", async () => {
  const canvas = client();
  const started = unwrap("startReport", await canvas.POST(reportPath, { ...path("provisioning_csv"), body: { parameters: { users: true } } }));
  assert.equal(started.status, "created");
  const seen = [];
  const done = await waitForReport(
    canvas,
    { accountId: ACCOUNT_ID, report: "provisioning_csv", id: started.id },
    { pollInterval: 0.1, onUpdate: (r) => seen.push(r.status) },
  );
  assert.equal(done.status, "complete");
  assert.ok(seen.length >= 2, `polled: ${seen}`);
  const file = await downloadReportFile(done, { token: ADMIN_TOKEN });
  assert.ok(file.bytes.length > 0);
  assert.equal(file.filename, done.attachment?.filename);
  assert.match(new TextDecoder().decode(file.bytes.slice(0, 200)), /user_id|canvas_user_id/);
});

test("listAllReports follows Link through every page", async () => {
  const canvas = client();
  const ids = [];
  for (let n = 0; n < 5; n++) {
    const body = { parameters: { courses: true, marker: `page-test-${n}` } };
    ids.push(unwrap("startReport", await canvas.POST(reportPath, { ...path("sis_export_csv"), body })).id);
  }
  const listed = [];
  for await (const report of listAllReports(canvas, { accountId: ACCOUNT_ID, report: "sis_export_csv", perPage: 2 })) {
    listed.push(report.id);
  }
  assert.deepEqual(listed.slice().sort((a, b) => a - b), ids.slice().sort((a, b) => a - b));
  assert.deepEqual(listed, ids.slice().reverse(), "newest first");
});

test("sends the bearer token and a User-Agent", async () => {
  let sent;
  const canvas = client(ADMIN_TOKEN, {
    fetch: (request) => {
      sent = request;
      return fetch(request);
    },
  });
  await canvas.GET(reportPath, path("provisioning_csv"));
  assert.equal(sent.headers.get("Authorization"), `Bearer ${ADMIN_TOKEN}`);
  assert.equal(sent.headers.get("User-Agent"), DEFAULT_USER_AGENT);
});

test("error bodies come back typed: 401, JSON 403, 404, 400", async () => {
  const unauthenticated = await client("no-such-token").GET(reportPath, path("provisioning_csv"));
  assert.equal(unauthenticated.response.status, 401);
  assert.ok(Array.isArray(unauthenticated.error.errors) || typeof unauthenticated.error.errors === "string");

  const forbidden = await client("mock-teacher-token").GET(reportPath, path("provisioning_csv"));
  assert.equal(forbidden.response.status, 403);
  assert.equal(forbidden.error.status, "unauthorized");
  assert.equal(isThrottledResponse(forbidden.response), false, "a JSON 403 is not the throttle");

  const missing = await client().GET(`${reportPath}/{id}`, {
    params: { path: { account_id: ACCOUNT_ID, report: "provisioning_csv", id: 999999 } },
  });
  assert.equal(missing.response.status, 404);
  assert.ok(missing.error.errors.length > 0);

  const badTerm = await client().POST(reportPath, {
    ...path("provisioning_csv"),
    body: { parameters: { enrollment_term_id: "sis_term_id:nope" } },
  });
  assert.equal(badTerm.response.status, 400);
  assert.match(badTerm.error.error, /enrollment_term_id/);
  assert.throws(() => unwrap("startReport", badTerm), (err) => {
    assert.ok(err instanceof CanvasReportsError);
    assert.equal(err.status, 400);
    assert.equal(err.throttled, false);
    assert.match(err.message, /^startReport: invalid enrollment_term_id/);
    return true;
  });
});
