// Must NOT compile (types.test.mjs asserts tsc fails, naming `reportId`): getReport's path parameter is `id`.
import { createCanvasReportsClient } from "canvas-account-reports-client";

const canvas = createCanvasReportsClient({ baseUrl: "http://127.0.0.1:9", token: "t" });
await canvas.GET("/api/v1/accounts/{account_id}/reports/{report}/{id}", {
  params: { path: { account_id: "1", report: "provisioning_csv", reportId: 1 } },
});
