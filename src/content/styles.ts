/**
 * CSS for Tactful's own elements (inside their shadow roots) and for the
 * `::highlight()` underlines, which must live in every document or shadow
 * root that holds a reply box.
 */

/** The underline styles; also shipped as content.css for documents (see build.mjs). */
export { default as HIGHLIGHT_CSS } from './highlights.css';

const THEME = `
:host { all: initial; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2937; --muted: #6b7280; --line: #e5e7eb; --accent: #0f766e; --accent-fg: #ffffff;
  --error: #b91c1c; --warning: #b45309; --hint: #1d4ed8; --good: #15803d; }
@media (prefers-color-scheme: dark) {
  :host { --bg: #1f2937; --fg: #f3f4f6; --muted: #9ca3af; --line: #374151; --accent: #2dd4bf; --accent-fg: #042f2e;
    --error: #f87171; --warning: #fbbf24; --hint: #93c5fd; --good: #4ade80; }
}
button { font: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;

export const BADGE_CSS = `${THEME}
:host { position: fixed; z-index: 2147483646; }
:host([hidden]) { display: none; }
.pill { display: inline-flex; align-items: center; gap: 6px; border: 1px solid var(--line); border-radius: 999px; background: var(--bg);
  color: var(--fg); padding: 2px 8px 2px 4px; box-shadow: 0 1px 3px rgba(0,0,0,.15); white-space: nowrap; }
.score { display: inline-grid; place-items: center; min-width: 22px; height: 22px; border-radius: 999px; font-weight: 600; color: var(--accent-fg); background: var(--accent); }
.score.low { background: var(--error); color: #fff; } .score.mid { background: var(--warning); color: #fff; }
.missing { color: var(--muted); }
.panel { position: absolute; right: 0; bottom: calc(100% + 6px); width: 300px; max-height: 360px; overflow: auto; background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 10px 12px; }
.panel h2 { font-size: 13px; margin: 0 0 6px; } .panel ul { list-style: none; margin: 0 0 8px; padding: 0; } .panel li { margin: 3px 0; }
.met { color: var(--good); } .unmet { color: var(--warning); } .note { color: var(--muted); }
`;

export const CARD_CSS = `${THEME}
:host { position: fixed; z-index: 2147483647; }
.card { width: min(340px, calc(100vw - 16px)); background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 24px rgba(0,0,0,.2); padding: 10px 12px; }
.message { font-weight: 600; margin: 0 0 4px; }
.why { color: var(--muted); margin: 0 0 8px; }
.severity { display: inline-block; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; margin-bottom: 4px; }
.severity.error { color: var(--error); } .severity.warning { color: var(--warning); } .severity.hint { color: var(--hint); }
.suggestions { display: flex; flex-direction: column; gap: 4px; margin-bottom: 8px; }
.suggestions button { text-align: left; border: 1px solid var(--line); border-radius: 6px; background: transparent; color: var(--fg); padding: 5px 8px; }
.suggestions button:hover, .suggestions button:focus-visible { border-color: var(--accent); background: color-mix(in srgb, var(--accent) 12%, transparent); }
.actions { display: flex; gap: 10px; flex-wrap: wrap; }
.actions button { border: 0; background: none; color: var(--muted); padding: 2px 0; text-decoration: underline; }
`;
