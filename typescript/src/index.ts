/**
 * canvas-account-reports-client: Canvas LMS's Account Reports API for TypeScript. The types are generated
 * from openapi/canvas-account-reports.yaml (`paths`, `components`, one alias per schema, the report
 * catalogue); this file and its neighbours are the small hand-written part.
 */
export type * from "./generated/openapi.js";
export {
  reportCatalogue,
  specVersion,
  type CatalogueReportType,
  type ReportParametersByType,
  type ReportRowsByType,
} from "./generated/catalogue.js";
export {
  createCanvasReportsClient,
  canSetUserAgent,
  DEFAULT_USER_AGENT,
  type CanvasReportsClient,
  type ClientPaths,
  type CanvasReportsClientOptions,
} from "./client.js";
export {
  isThrottledResponse,
  retryAfterSeconds,
  withThrottleBackoff,
  type FetchLike,
  type ThrottleBackoffOptions,
  type ThrottleEvent,
} from "./throttle.js";
export {
  CanvasReportsError,
  DownloadError,
  WaitTimeoutError,
  downloadReportFile,
  errorText,
  isFinal,
  listAllReports,
  parseLinkHeader,
  unwrap,
  waitForReport,
  type CanvasErrorBody,
  type DownloadedFile,
  type ReportRef,
  type WaitOptions,
} from "./helpers.js";
