/**
 * A row of links to the parts of a team's page (sites, checks, import…): the
 * page is long, and a lead usually comes for one part. A link scrolls to its
 * part and moves the keyboard focus there.
 */

import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../popup/i18n.js';

const PARTS = ['sites', 'subscription', 'checks', 'custom-avoid', 'custom-require', 'score', 'import'] as const;

export function JumpNav() {
  const nav = useRef<HTMLElement>(null);
  const [present, setPresent] = useState<string[]>([]);
  // The parts a team has depend on the team (an organisation's has no subscription): list what the panel shows.
  useEffect(() => {
    const panel = nav.current?.parentElement;
    const found = PARTS.filter((p) => panel?.querySelector(`[data-jump="${p}"]`));
    setPresent((before) => (before.join() === found.join() ? before : found));
  });
  const go = (part: string) => {
    const target = nav.current?.parentElement?.querySelector<HTMLElement>(`[data-jump="${part}"]`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  };
  return (
    <nav ref={nav} class="jump" aria-label={t('options_jump')}>
      <ul>
        {present.map((part) => (
          <li key={part}>
            <a
              href={`#${part}`}
              onClick={(e) => {
                e.preventDefault();
                go(part);
              }}
            >
              {t(`options_jump_${part.replace('-', '_')}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
