/**
 * The Insights section: the team insights chart (`insights.tsx`) fed through
 * the client, with the teams' names and the checks' labels. Its styles
 * (`insights.css`) are joined to the page's by the build.
 */

import { useCallback } from 'preact/hooks';
import type { OptionsClient } from './client.js';
import { Insights } from './insights.js';

interface Props {
  client: OptionsClient;
  teams: { id: string; name: string }[];
  labels: Record<string, string>;
}

export function InsightsSection({ client, teams, labels }: Props) {
  // Stable functions: the chart reads the tally again whenever `load` changes.
  const load = useCallback(() => client.loadInsights(), [client]);
  const clear = useCallback(() => client.clearInsights(), [client]);
  return (
    <div class="card insights-card">
      <Insights load={load} clear={clear} teams={teams} labels={labels} />
    </div>
  );
}
