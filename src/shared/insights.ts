/**
 * Team insights: a private tally, per team and local day, of how many drafts
 * were checked, in how many of them each check fired and each customer signal
 * appeared. Counts and ids only, never any draft or customer text; kept in
 * `storage.local` (never sync: it is this agent's machine's record).
 */

/** Where the tally lives in `storage.local`. */
export const INSIGHTS_KEY = 'tactful.insights';
export const INSIGHTS_VERSION = 1;
/** How many days of counts are kept: enough for a month's chart and a quarter's export. */
export const KEEP_DAYS = 90;

/** One team's counts for one day. */
export interface DayCounts {
  /** Drafts (reply boxes with text) checked that day. */
  drafts: number;
  /** Check id → drafts in which it fired (a warning, or an expected reminder that was missing). */
  rules: Record<string, number>;
  /** Customer signal id → drafts in which it appeared. */
  signals: Record<string, number>;
}

export interface Insights {
  version: typeof INSIGHTS_VERSION;
  /** Team id → local day (`YYYY-MM-DD`) → counts. */
  days: Record<string, Record<string, DayCounts>>;
}

/** What one check of a draft adds: only what was not counted for that draft yet. */
export interface DraftCount {
  teamId: string;
  day: string;
  /** Whether the draft itself is new today (false when only a new check or signal showed up in it). */
  draft?: boolean;
  rules: readonly string[];
  signals: readonly string[];
}

export interface DayTotal {
  day: string;
  drafts: number;
}

export interface Ranked {
  id: string;
  count: number;
}

export interface Summary {
  /** Every day of the period, oldest first, zeros included (a chart needs the gaps). */
  days: DayTotal[];
  drafts: number;
  /** Most frequent first. */
  rules: Ranked[];
  signals: Ranked[];
}

/**
 * Ids are rule, signal and team ids, never prose: anything else is refused,
 * so no text can slip into the tally even through a bad caller.
 */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function emptyInsights(): Insights {
  return { version: INSIGHTS_VERSION, days: {} };
}

/** The local calendar day of `date` as `YYYY-MM-DD`: a lead's "Tuesday" is the agent's Tuesday, not UTC's. */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day `offset` days from `date` (calendar days, so a DST change does not skip or repeat one). */
function shiftDay(date: Date, offset: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + offset);
}

function readCounts(value: unknown): Record<string, number> {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([id, n]) => isId(id) && isCount(n) && n > 0)) as Record<string, number>;
}

function readDay(value: unknown): DayCounts | null {
  if (!isObject(value)) return null;
  const day = { drafts: isCount(value.drafts) ? value.drafts : 0, rules: readCounts(value.rules), signals: readCounts(value.signals) };
  const empty = day.drafts === 0 && Object.keys(day.rules).length === 0 && Object.keys(day.signals).length === 0;
  return empty ? null : day;
}

/**
 * The stored tally, checked: malformed teams, days and counts are dropped,
 * the rest kept. Never throws; anything unreadable is an empty tally.
 */
export function readInsights(value: unknown): Insights {
  const out = emptyInsights();
  if (!isObject(value) || value.version !== INSIGHTS_VERSION || !isObject(value.days)) return out;
  for (const [teamId, days] of Object.entries(value.days)) {
    if (!isId(teamId) || !isObject(days)) continue;
    const kept: Record<string, DayCounts> = {};
    for (const [day, counts] of Object.entries(days)) {
      const read = isDay(day) ? readDay(counts) : null;
      if (read) kept[day] = read;
    }
    if (Object.keys(kept).length > 0) out.days[teamId] = kept;
  }
  return out;
}

/** The counts of one team's day, created empty when missing. */
function dayOf(state: Insights, teamId: string, day: string): DayCounts {
  const team = state.days[teamId] ?? {};
  state.days[teamId] = team;
  const counts = team[day] ?? { drafts: 0, rules: {}, signals: {} };
  team[day] = counts;
  return counts;
}

function bump(counts: Record<string, number>, ids: readonly string[]): void {
  for (const id of new Set(ids)) if (isId(id)) counts[id] = (counts[id] ?? 0) + 1;
}

/** The tally with one draft's new counts added (a new object; `state` is left as it was). */
export function recordDraft(state: Insights, count: DraftCount): Insights {
  if (!isId(count.teamId) || !isDay(count.day)) return state;
  const next = structuredClone(state);
  const day = dayOf(next, count.teamId, count.day);
  if (count.draft !== false) day.drafts += 1;
  bump(day.rules, count.rules);
  bump(day.signals, count.signals);
  return next;
}

/** Two tallies added together (the background's unsaved counts onto the stored ones). */
export function mergeInsights(a: Insights, b: Insights): Insights {
  const next = structuredClone(a);
  const add = (into: Record<string, number>, from: Record<string, number>) => {
    for (const [id, n] of Object.entries(from)) into[id] = (into[id] ?? 0) + n;
  };
  for (const [teamId, days] of Object.entries(b.days)) {
    for (const [key, counts] of Object.entries(days)) {
      const day = dayOf(next, teamId, key);
      day.drafts += counts.drafts;
      add(day.rules, counts.rules);
      add(day.signals, counts.signals);
    }
  }
  return next;
}

/** The tally without days older than the last `keepDays` (today included), and without teams left empty. */
export function prune(state: Insights, today: Date, keepDays = KEEP_DAYS): Insights {
  const oldest = dayKey(shiftDay(today, -(keepDays - 1)));
  const next = emptyInsights();
  for (const [teamId, days] of Object.entries(state.days)) {
    const kept = Object.fromEntries(Object.entries(days).filter(([day]) => day >= oldest));
    if (Object.keys(kept).length > 0) next.days[teamId] = structuredClone(kept);
  }
  return next;
}

function ranked(counts: Map<string, number>): Ranked[] {
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** Drafts per day over the last `days` days up to `today`, and the checks and signals seen most, for one team or all (`null`). */
export function summary(state: Insights, teamId: string | null, days: 7 | 30, today: Date): Summary {
  const keys = Array.from({ length: days }, (_, i) => dayKey(shiftDay(today, i - days + 1)));
  const teams = teamId === null ? Object.values(state.days) : [state.days[teamId] ?? {}];
  const rules = new Map<string, number>();
  const signals = new Map<string, number>();
  const totals = keys.map((day) => {
    let drafts = 0;
    for (const team of teams) {
      const counts = team[day];
      if (!counts) continue;
      drafts += counts.drafts;
      for (const [id, n] of Object.entries(counts.rules)) rules.set(id, (rules.get(id) ?? 0) + n);
      for (const [id, n] of Object.entries(counts.signals)) signals.set(id, (signals.get(id) ?? 0) + n);
    }
    return { day, drafts };
  });
  return { days: totals, drafts: totals.reduce((sum, d) => sum + d.drafts, 0), rules: ranked(rules), signals: ranked(signals) };
}

/** Whether the tally has any count at all. */
export function hasCounts(state: Insights): boolean {
  return Object.keys(state.days).length > 0;
}

/** Names to add to the CSV: team id → name, check or signal id → name. */
export interface CsvLabels {
  teams?: Record<string, string>;
  names?: Record<string, string>;
}

/**
 * One CSV cell (RFC 4180). A cell a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, or a tab or CR first) gets a leading apostrophe:
 * team names and custom check names are typed by people, and an export
 * must not become a way to run something on a lead's machine.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The tally as CSV: `date,team,kind,id,count` (kind is `drafts`, `check` or
 * `signal`; a drafts row has no id), oldest day first, CRLF line ends. With
 * labels, `team_name` and `name` columns follow, for reading without a key.
 */
export function toCsv(state: Insights, labels?: CsvLabels): string {
  const header = ['date', 'team', 'kind', 'id', 'count', ...(labels ? ['team_name', 'name'] : [])];
  const rows: (string | number)[][] = [];
  const byDay = Object.entries(state.days)
    .flatMap(([teamId, days]) => Object.entries(days).map(([day, counts]) => ({ teamId, day, counts })))
    .sort((a, b) => a.day.localeCompare(b.day) || a.teamId.localeCompare(b.teamId));
  for (const { teamId, day, counts } of byDay) {
    const row = (kind: string, id: string, count: number) => {
      const names = labels ? [labels.teams?.[teamId] ?? '', id ? (labels.names?.[id] ?? '') : ''] : [];
      rows.push([day, teamId, kind, id, count, ...names]);
    };
    row('drafts', '', counts.drafts);
    for (const { id, count } of ranked(new Map(Object.entries(counts.rules)))) row('check', id, count);
    for (const { id, count } of ranked(new Map(Object.entries(counts.signals)))) row('signal', id, count);
  }
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
