// Builds the local test pages (dist/test-pages/) from the real editor packages in node_modules,
// and the demo helpdesk page (dist/test-pages/demo/). Offline and a few seconds long.
// Usage: node test/e2e/pages/build.mjs, or `import { buildPages }`.
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { CUSTOMER_MESSAGE, pages } from './pages.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
export const PAGES_DIR = join(root, 'dist/test-pages');

const TINYMCE_PARTS = [
  'tinymce.min.js',
  'license.md',
  'themes/silver',
  'models/dom',
  'icons/default',
  'skins/ui/oxide',
  'skins/content/default',
  'plugins/lists',
  'plugins/link',
];

// A 1×1 transparent GIF: the Gmail snapshot's icons point at cleardot.gif.
const CLEARDOT_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** @param {string} outdir @param {Record<string, string>} entries */
function bundle(outdir, entries) {
  return esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.entries(entries).map(([out, entry]) => ({ in: entry, out })),
    outdir,
    bundle: true,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'files/[name]-[hash]',
    target: 'es2022',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file', '.png': 'file', '.gif': 'file' },
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
}

/** The stylesheet esbuild emitted for an entry, as a path relative to `from`. */
function cssOf(result, jsFile, from) {
  const css = result.metafile.outputs[relative(root, jsFile)]?.cssBundle;
  return css ? relative(from, join(root, css)) : undefined;
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** @param {{ title: string; head: string; body: string; script: string }} page */
function ticketPage({ title, head, body, script }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Acme Support (Tactful test page)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/ticket.css">
${head}
</head>
<body>
<header class="app-bar">
  <span class="product">Acme Support</span>
  <span class="where">Ticket #4821 · ${escapeHtml(title)}</span>
  <input type="search" id="ticket-search" placeholder="Search tickets" aria-label="Search tickets">
</header>
<main class="ticket">
  <h1 class="subject">Order #10472 arrived damaged (again)</h1>
  <article class="message">
    <div class="meta"><span class="author">Sam Carter</span><span>sam.carter@example.com</span><time>Today, 09:12</time></div>
    <div class="body" data-testid="customer-message"><p>${escapeHtml(CUSTOMER_MESSAGE)}</p></div>
  </article>
  <section class="reply" aria-label="Reply">
    <h2>Reply to Sam Carter</h2>
    ${body}
  </section>
</main>
<script type="module" src="${script}"></script>
</body>
</html>
`;
}

const IFRAME_INNER = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Reply editor</title>
<style>
  html, body { margin: 0; height: 100%; }
  #reply { min-height: 100%; padding: 10px 12px; outline: none; font: 15px/1.5 system-ui, sans-serif; color: #1f2933; }
</style>
</head>
<body><div id="reply" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Reply"></div></body>
</html>
`;

const GMAIL_QUOTE = `<div dir="ltr"><br></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 4 Nov 2019 at 09:12, Sam Carter &lt;<a href="mailto:sam.carter@example.com">sam.carter@example.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">${escapeHtml(CUSTOMER_MESSAGE)}<br><br>Sam</div></blockquote></div>`;

const GMAIL_HEAD = `<head>
<meta charset="utf-8">
<title>Order #10472 arrived damaged (again) - sam.carter@example.com - Gmail</title>
<link rel="icon" href="data:,">
<style>
  body { font: 14px/1.4 Arial, Helvetica, sans-serif; color: #222; margin: 16px; }
  .As, .eJ, .aoD.hl { display: none; } /* Gmail's own CSS hides the plain-text body and the spell-check bar */
  .hP { font-size: 20px; font-weight: normal; margin: 0 0 12px; }
  .gs { margin-bottom: 16px; } .gD { font-weight: bold; }
  .editable { border: 1px solid #ddd; padding: 8px; outline: none; }
</style>
</head>`;

/** The real Gmail compose DOM, with a customer message above it and a quoted thread in the editable. */
async function gmailPage() {
  let html = await readFile(join(root, 'test/fixtures/pages/gmail-compose-2019.html'), 'utf8');
  html = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  html = html.replace(/src="(https?:)?\/\/[^"]*\/cleardot\.gif"/g, 'src="images/cleardot.gif"');
  if (/(src|href)="(https?:)?\/\//i.test(html)) throw new Error('gmail fixture: a network URL is left');
  const editable = /(g_editable="true"[^>]*contenteditable="true">)\s*<br><\/div>/;
  if (!editable.test(html)) throw new Error('gmail fixture: the compose editable was not found');
  html = html.replace(editable, `$1${GMAIL_QUOTE}</div>`);
  const thread = `<div class="thread"><h2 class="hP">Order #10472 arrived damaged (again)</h2>
<div class="gs"><span class="gD" email="sam.carter@example.com">Sam Carter</span>
<div class="a3s aiL" data-testid="customer-message"><div dir="ltr">${escapeHtml(CUSTOMER_MESSAGE)}</div></div></div></div>`;
  html = html.replace('<html><body>', `<html lang="en">${GMAIL_HEAD}<body>${thread}`);
  return html.replace('</body>', '<script type="module" src="assets/gmail.js"></script>\n</body>');
}

function indexPage() {
  const links = pages.map((p) => `<li><a href="${p.name}.html">${escapeHtml(p.title)}</a></li>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tactful test pages</title><link rel="icon" href="data:,"></head>
<body style="font-family: system-ui, sans-serif"><h1>Tactful test pages</h1><ul>
${links}
<li><a href="demo/helpdesk.html">Demo: Acme Support helpdesk</a></li>
</ul></body></html>
`;
}

/** Builds every test page and the demo into dist/test-pages/ (replaced whole, so no stale file survives). */
export async function buildPages() {
  const out = `${PAGES_DIR}.tmp-${process.pid}`;
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'images'), { recursive: true });
  const assets = join(out, 'assets');
  const demo = join(out, 'demo');
  const entries = Object.fromEntries(pages.map((p) => [p.name, join(here, 'src', p.entry ?? `${p.name}.ts`)]));
  const [pageResult, demoResult] = await Promise.all([
    bundle(assets, entries),
    bundle(demo, { helpdesk: join(root, 'demo/helpdesk.ts') }),
    ...TINYMCE_PARTS.map((part) => cp(join(root, 'node_modules/tinymce', part), join(out, 'vendor/tinymce', part), { recursive: true })),
    cp(join(here, 'ticket.css'), join(assets, 'ticket.css')),
    cp(join(root, 'demo/helpdesk.html'), join(demo, 'helpdesk.html')),
  ]);
  const files = {
    'index.html': indexPage(),
    'iframe-inner.html': IFRAME_INNER,
    'gmail.html': await gmailPage(),
    'images/cleardot.gif': CLEARDOT_GIF,
  };
  for (const page of pages) {
    if (page.name === 'gmail') continue;
    const css = cssOf(pageResult, join(assets, `${page.name}.js`), out);
    const head = [page.head ?? '', css ? `<link rel="stylesheet" href="${css}">` : ''].join('\n');
    files[`${page.name}.html`] = ticketPage({ title: page.title, head, body: page.reply, script: `assets/${page.name}.js` });
  }
  if (!cssOf(demoResult, join(demo, 'helpdesk.js'), demo)) throw new Error('demo: helpdesk.ts emitted no stylesheet');
  await Promise.all(Object.entries(files).map(([name, content]) => writeFile(join(out, name), content)));
  await rm(PAGES_DIR, { recursive: true, force: true });
  await rename(out, PAGES_DIR);
  return PAGES_DIR;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const dir = await buildPages();
  console.log(`test pages built in ${Math.round(performance.now() - started)} ms: ${relative(process.cwd(), dir)}/`);
}
