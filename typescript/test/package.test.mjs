// The package as another team gets it: `npm pack` of typescript/ is canvas-account-reports-client-<spec
// version>.tgz with ESM JavaScript and .d.ts only; in a fresh project `npm install <tgz>`, then a strict tsc
// build of the docs' example works (a Node project: lib ES2022 and @types/node, no DOM), and the built
// program lists reports and starts one against the mock.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { ACCOUNT_ID, ADMIN_TOKEN, docsExample, ROOT, run, specVersion, startMock, TSC } from "./support.mjs";

const work = mkdtempSync(path.join(tmpdir(), "canvas-ts-package-"));
const project = path.join(work, "project");
let tarball;
let mock;

before(async () => {
  const packed = run("npm", ["pack", "--json", "--pack-destination", work], { cwd: path.join(ROOT, "typescript") });
  assert.equal(packed.status, 0, packed.output);
  const [info] = JSON.parse(packed.stdout);
  tarball = { ...info, path: path.join(work, info.filename) };
  mock = await startMock();
});
after(async () => {
  await mock?.stop();
  rmSync(work, { recursive: true, force: true });
});

test("the tarball is named and versioned after the spec and holds ESM JavaScript and .d.ts only", () => {
  const version = specVersion();
  assert.equal(tarball.filename, `canvas-account-reports-client-${version}.tgz`);
  assert.equal(JSON.parse(readFileSync(path.join(ROOT, "typescript/package.json"), "utf8")).version, version);
  const files = tarball.files.map((f) => f.path).sort();
  assert.ok(files.includes("dist/index.js") && files.includes("dist/index.d.ts"), files.join(", "));
  assert.ok(files.includes("dist/generated/openapi.d.ts") && files.includes("dist/generated/catalogue.js"));
  const unexpected = files.filter((f) => !/^dist\/.+\.(js|d\.ts)$/.test(f) && f !== "package.json");
  assert.deepEqual(unexpected, []);
});

test("installs into a fresh project, compiles the docs' example under strict tsc, and it runs against the mock", () => {
  const rootManifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
  run("mkdir", ["-p", project]);
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "fresh", private: true, type: "module" }));
  const install = run(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      tarball.path,
      `@types/node@${rootManifest.devDependencies["@types/node"]}`,
    ],
    { cwd: project },
  );
  assert.equal(install.status, 0, install.output);

  writeFileSync(path.join(project, "example.ts"), docsExample());
  writeFileSync(
    path.join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        skipLibCheck: true,
        target: "ES2022",
        lib: ["ES2022"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        types: ["node"],
        outDir: "out",
      },
      files: ["example.ts"],
    }),
  );
  const build = run(TSC, ["-p", "tsconfig.json"], { cwd: project });
  assert.equal(build.status, 0, build.output);

  const example = run("node", ["out/example.js"], {
    cwd: project,
    env: { ...process.env, CANVAS_BASE_URL: mock.url, CANVAS_TOKEN: ADMIN_TOKEN, CANVAS_ACCOUNT_ID: ACCOUNT_ID },
    timeout: 30_000,
  });
  assert.equal(example.status, 0, example.output);
  assert.match(example.stdout, /^available: .*provisioning_csv/m);
  assert.match(example.stdout, /^started: provisioning_csv #\d+ \(created\)$/m);
  assert.match(example.stdout, /^final: complete$/m);
  assert.match(example.stdout, /^file: \S+\.(csv|zip) \(\d+ bytes\)$/m);
  assert.match(example.stdout, /^runs: 1$/m);
});
