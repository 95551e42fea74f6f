import * as React from 'react';
import type { BackgroundMemory, ImportReport } from './useImport';
import type { Draft } from './useDrafts';

/** What the page keeps while the editor follows a link and comes back (Back). */
export type PageMemory = {
  drafts: Draft[];
  selectedId: string;
  publish: boolean;
  report: ImportReport | null;
  /** the background run the page follows, if any (a reload follows it on) */
  background?: BackgroundMemory | null;
};

const PREFIX = 'source-import:page:';
/**
 * sessionStorage holds about 5 MB per origin (Chromium counts UTF-16: ~2.5 M characters), shared
 * with the rest of the admin. The page keeps at most this many characters; texts beyond it are
 * not kept (an editor who dropped 5 MB files still has the files).
 */
const BUDGET = 1_500_000;
const WRITE_DELAY_MS = 300;

const storage = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

/** The report without what the page does not show again (every document's diagnostics). */
const slim = (report: ImportReport | null): ImportReport | null =>
  report && {
    ...report,
    items: report.items.map((item) => (item.outcome ? { ...item, outcome: { ...item.outcome, diagnostics: [] } } : item)),
  };

/** The drafts that fit the budget, in order, once the report is counted. */
export function fitToBudget(memory: PageMemory, budget = BUDGET): PageMemory {
  const report = slim(memory.report);
  let left = budget - JSON.stringify(report ?? null).length;
  const drafts: Draft[] = [];
  for (const draft of memory.drafts) {
    const size = draft.text.length + draft.headline.length + (draft.fileName?.length ?? 0) + 64;
    if (size > left) continue;
    left -= size;
    drafts.push(draft);
  }
  const selectedId = drafts.some((d) => d.id === memory.selectedId) ? memory.selectedId : drafts[0]?.id ?? '';
  return { ...memory, drafts, selectedId, report };
}

const isMemory = (value: unknown): value is PageMemory => {
  const m = value as PageMemory;
  return (
    typeof m === 'object' && m !== null && Array.isArray(m.drafts) && typeof m.selectedId === 'string' &&
    m.drafts.every((d) => d && typeof d.id === 'string' && typeof d.text === 'string' && typeof d.headline === 'string')
  );
};

const keyOf = (userKey: string | number | undefined) => (userKey === undefined ? null : `${PREFIX}${userKey}`);

/**
 * The page's state as the editor left it, from sessionStorage, under a key of the admin user's
 * own (another admin in the same tab does not see it; a new tab starts empty).
 */
export function readPageMemory(userKey: string | number | undefined): PageMemory | null {
  const key = keyOf(userKey);
  if (!key) return null;
  try {
    const raw = storage()?.getItem(key);
    const value: unknown = raw ? JSON.parse(raw) : null;
    return isMemory(value) && value.drafts.length > 0 ? value : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the page's state in sessionStorage as it changes: a moment after typing stops, and at
 * once when a background run starts or ends (a reload right after must follow it).
 */
export function useKeepPageMemory(userKey: string | number | undefined, current: PageMemory) {
  const key = keyOf(userKey);
  const background = React.useRef(current.background ?? null);
  React.useEffect(() => {
    if (!key) return;
    const write = () => {
      const store = storage();
      if (!store) return;
      try {
        store.setItem(key, JSON.stringify(fitToBudget(current)));
      } catch {
        // Over the quota all the same (other keys use it too): keep nothing rather than a part.
        store.removeItem(key);
      }
    };
    if (background.current !== (current.background ?? null)) {
      background.current = current.background ?? null;
      write();
      return;
    }
    const timer = window.setTimeout(write, WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [key, current]);
}
