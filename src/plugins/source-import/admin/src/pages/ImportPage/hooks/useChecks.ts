import * as React from 'react';
import { useSourceImportApi, type CheckResult } from '../../../api';
import { MAX_FILE_BYTES } from '../../../pluginId';
import { byteLength } from '../../../utils/files';
import { errorMessage } from '../../../utils/errors';
import type { Draft } from './useDrafts';

/**
 * The check of one draft, for the text and headline it was made with. While a new check
 * runs, the previous result stays on screen.
 */
export type CheckState = {
  status: 'checking' | 'done' | 'error' | 'too-large';
  text: string;
  headline: string;
  result?: CheckResult;
  error?: string;
};

const DELAY_MS = 400;

const isCurrent = (state: CheckState | undefined, draft: Draft) =>
  state !== undefined && state.status !== 'checking' && state.text === draft.text && state.headline === draft.headline;

/** Checks every draft as the editor types (debounced), one request for all that changed. */
export function useChecks(drafts: Draft[]): Record<string, CheckState> {
  const api = useSourceImportApi();
  const [states, setStates] = React.useState<Record<string, CheckState>>({});
  const statesRef = React.useRef(states);
  statesRef.current = states;

  React.useEffect(() => {
    const current = statesRef.current;
    const stale = drafts.filter((d) => d.text.trim() !== '' && !isCurrent(current[d.id], d));
    const ids = new Set(drafts.map((d) => d.id));
    if (stale.length === 0) {
      if (Object.keys(current).some((id) => !ids.has(id))) {
        setStates((s) => Object.fromEntries(Object.entries(s).filter(([id]) => ids.has(id))));
      }
      return;
    }

    const update = (patch: Record<string, CheckState>) =>
      setStates((s) => {
        const next: Record<string, CheckState> = {};
        for (const [id, state] of Object.entries({ ...s, ...patch })) if (ids.has(id)) next[id] = state;
        return next;
      });

    const tooLarge = stale.filter((d) => byteLength(d.text) > MAX_FILE_BYTES);
    const toCheck = stale.filter((d) => !tooLarge.includes(d));
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      const pending: Record<string, CheckState> = {};
      for (const d of tooLarge) pending[d.id] = { status: 'too-large', text: d.text, headline: d.headline };
      for (const d of toCheck) pending[d.id] = { ...current[d.id], status: 'checking', text: d.text, headline: d.headline };
      update(pending);
      if (toCheck.length === 0) return;
      try {
        const results = await api.check(
          toCheck.map((d) => ({ text: d.text, fileName: d.fileName, headline: d.headline.trim() || null })),
          controller.signal,
        );
        if (controller.signal.aborted) return;
        update(
          Object.fromEntries(
            toCheck.map((d, i) => [d.id, { status: 'done', text: d.text, headline: d.headline, result: results[i] }]),
          ),
        );
      } catch (error) {
        if (controller.signal.aborted) return;
        update(
          Object.fromEntries(
            toCheck.map((d) => [
              d.id,
              { status: 'error', text: d.text, headline: d.headline, result: current[d.id]?.result, error: errorMessage(error) },
            ]),
          ),
        );
      }
    }, DELAY_MS);

    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [api, drafts]);

  return states;
}
