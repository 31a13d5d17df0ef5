// The type tests, in one strict tsc run (it is the slow part): the docs' example and typed-errors.ts (whose
// @ts-expect-error lines must each be an error) compile, and wrong-path-parameter.ts is refused for the
// right reason. skipLibCheck as most projects set it: our own .d.ts are checked when they are built.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { docsExample, ROOT, run, TSC } from "./support.mjs";

const work = mkdtempSync(path.join(tmpdir(), "canvas-ts-types-"));
after(() => rmSync(work, { recursive: true, force: true }));

/** Compile `files` with the strictest settings we promise, the package resolved to its built .d.ts. */
function compile(name, files) {
  const config = path.join(work, `${name}.tsconfig.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        types: ["node"],
        typeRoots: [path.join(ROOT, "node_modules/@types")],
        paths: { "canvas-account-reports-client": [path.join(ROOT, "typescript/dist/index.d.ts")] },
      },
      files,
    }),
  );
  return run(TSC, ["-p", config], { cwd: work });
}

test("a strict tsc compiles the docs' example and the typed calls, and refuses a wrong path-parameter name", () => {
  writeFileSync(path.join(work, "package.json"), '{"type": "module"}');
  const example = path.join(work, "example.ts");
  writeFileSync(example, docsExample());
  const types = path.join(ROOT, "typescript/test/types");
  const result = compile("all", [example, path.join(types, "typed-errors.ts"), path.join(types, "wrong-path-parameter.ts")]);
  assert.notEqual(result.status, 0, "wrong-path-parameter.ts compiled");
  const errors = result.output.split("\n").filter((line) => /error TS\d+/.test(line));
  const elsewhere = errors.filter((line) => !line.includes("wrong-path-parameter.ts("));
  assert.deepEqual(elsewhere, [], result.output);
  assert.ok(errors.length > 0, result.output);
  assert.match(result.output, /reportId/);
});
