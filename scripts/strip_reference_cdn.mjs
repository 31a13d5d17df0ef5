// Make the rendered reference fully offline: `redocly build-docs --inlineBundle` inlines Redoc, but Redoc 3
// still shows its attribution logo from cdn.redoc.ly at view time. Point that image at an empty data: URL
// (Redoc hides the image when it fails to load; the "API docs by" link stays). Fails when the URLs are not
// found, so a Redocly upgrade that moves them is noticed here rather than by a reader behind a firewall.
//
//   node scripts/strip_reference_cdn.mjs PAGE

import fs from 'node:fs';

const CDN_IMAGES = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];

const page = process.argv[2];
if (!page) {
  process.stderr.write('usage: strip_reference_cdn.mjs PAGE\n');
  process.exit(2);
}
let html = fs.readFileSync(page, 'utf8');
for (const url of CDN_IMAGES) {
  if (!html.includes(url)) {
    process.stderr.write(`${page}: ${url} not found; check what the new Redoc fetches at view time\n`);
    process.exit(1);
  }
  html = html.split(url).join('data:,');
}
fs.writeFileSync(page, html);
