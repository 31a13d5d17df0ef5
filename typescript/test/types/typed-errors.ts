// Compiled by types.test.mjs with a strict tsc (never run): each operation's error body is the union the
// spec describes, path parameters are checked by name, and the catalogue's types line up.
import {
  createCanvasReportsClient,
  reportCatalogue,
  type BadRequestError,
  type CatalogueReportType,
  type ErrorResponse,
  type RateLimitExceeded,
  type Report,
  type ReportParametersByType,
  type ReportRowsByType,
} from "canvas-account-reports-client";

/** true only when A and B are assignable both ways. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const canvas = createCanvasReportsClient({ baseUrl: "http://127.0.0.1:9", token: "t" });
const account_id = "1";
const report = "provisioning_csv";

const got = await canvas.GET("/api/v1/accounts/{account_id}/reports/{report}/{id}", {
  params: { path: { account_id, report, id: 1 } },
});
export const getReportErrors: Same<NonNullable<typeof got.error>, ErrorResponse | RateLimitExceeded> = true;
export const getReportData: Same<NonNullable<typeof got.data>, Report> = true;

const started = await canvas.POST("/api/v1/accounts/{account_id}/reports/{report}", {
  params: { path: { account_id, report } },
  body: { parameters: { users: true } },
});
// 400 (TermError or ErrorResponse), 401/403/404 (ErrorResponse, or the throttle's text), 409 (the Report).
export const startReportErrors: Same<
  NonNullable<typeof started.error>,
  BadRequestError | ErrorResponse | RateLimitExceeded | Report
> = true;

const listed = await canvas.GET("/api/v1/accounts/{account_id}/reports", { params: { path: { account_id } } });
export const listedTitles: string[] | undefined = listed.data?.map((entry) => entry.title);

// @ts-expect-error `reportId` is not getReport's path parameter (it is `id`)
await canvas.GET("/api/v1/accounts/{account_id}/reports/{report}/{id}", { params: { path: { account_id, report, reportId: 1 } } });
// @ts-expect-error no such path
await canvas.GET("/api/v1/accounts/{account_id}/report", { params: { path: { account_id } } });
// @ts-expect-error abortReport is a PUT, not a POST
await canvas.POST("/api/v1/accounts/{account_id}/reports/{report}/{id}/abort", { params: { path: { account_id, report, id: 1 } } });
// @ts-expect-error `id` is an integer
await canvas.DELETE("/api/v1/accounts/{account_id}/reports/{report}/{id}", { params: { path: { account_id, report, id: "1" } } });

export const catalogueKeys: Same<keyof ReportParametersByType, CatalogueReportType> = true;
export const provisioningTitle: string = reportCatalogue.provisioning_csv.title;

// The catalogue's per-report parameter and row types come through from the spec.
export const provisioningParameters = { users: true, enrollment_term_id: 12 } satisfies ReportParametersByType["provisioning_csv"];
// @ts-expect-error a flag parameter is a boolean, number or string, never a list
export const badFlag = { users: [true] } satisfies ReportParametersByType["provisioning_csv"];
export const userIdColumn: Same<ReportRowsByType["provisioning_csv"]["users"]["canvas_user_id"], number | null | undefined> = true;
