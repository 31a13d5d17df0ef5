// What the Node tests share: where the repository is, and a mock Canvas on a free 127.0.0.1 port that a
// test starts and stops (`python -m mock_canvas --port 0` prints MOCK_CANVAS_URL=... once listening).
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const PYTHON = path.join(ROOT, ".venv/bin/python");
export const TSC = path.join(ROOT, "node_modules/.bin/tsc");
export const ADMIN_TOKEN = "mock-admin-token";
export const ACCOUNT_ID = "1";

/** Start the mock (reports finish in about half a second); `await mock.stop()` ends it. */
export async function startMock(env = {}) {
  const child = spawn(PYTHON, ["-m", "mock_canvas", "--port", "0"], {
    cwd: ROOT,
    env: { ...process.env, MOCK_QUEUE_SECONDS: "0.1", MOCK_RUN_SECONDS: "0.3", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const url = await new Promise((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => reject(new Error(`the mock did not start in 20s: ${stderr}`)), 20_000);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const match = /MOCK_CANVAS_URL=(\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the mock exited (${code}) before listening: ${stderr}`));
    });
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  return {
    url,
    /** POST to the mock's control API (`/__mock__/...`), e.g. control("throttle", { token, level: 800 }). */
    async control(name, body) {
      const response = await fetch(`${url}/__mock__/${name}`, {
        method: body === undefined ? "GET" : "POST",
        headers: { "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`control ${name}: HTTP ${response.status} ${await response.text()}`);
      return response.json();
    },
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** The spec's info.version, read through the repository's one spec loader. */
export function specVersion() {
  const result = spawnSync(
    PYTHON,
    ["-c", "from canvas_contract import load_spec; print(load_spec()['info']['version'])"],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

/** The runnable example in docs/typescript.md: the TypeScript block after `<!-- typescript-example -->`. */
export function docsExample() {
  const text = readFileSync(path.join(ROOT, "docs/typescript.md"), "utf8");
  const match = /<!-- typescript-example -->\s*```ts\n([\s\S]*?)```/.exec(text);
  if (!match) throw new Error("docs/typescript.md has no <!-- typescript-example --> block");
  return match[1];
}

/** Run a command, collecting its output; never throws (the caller asserts on status and output). */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}`, stdout: result.stdout };
}
