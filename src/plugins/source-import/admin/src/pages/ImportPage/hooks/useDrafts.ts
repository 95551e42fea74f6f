import * as React from 'react';
import type { ReadFile } from '../../../utils/files';

/** A document on the page before it is imported: pasted, or read from a dropped file. */
export type Draft = {
  id: string;
  /** null for pasted text */
  fileName: string | null;
  text: string;
  /** the headline the editor types when the page has none (or to replace the page's) */
  headline: string;
};

type State = { drafts: Draft[]; selectedId: string };

type Action =
  | { type: 'add-files'; files: ReadFile[] }
  | { type: 'add-paste' }
  | { type: 'set-text'; id: string; text: string }
  | { type: 'set-headline'; id: string; headline: string }
  | { type: 'remove'; id: string }
  | { type: 'select'; id: string };

let nextId = 0;
/** Drafts kept from an earlier load of the admin (usePageMemory) have ids of another prefix. */
const loadPrefix = Math.random().toString(36).slice(2, 8);
const newId = () => `draft-${loadPrefix}-${(nextId += 1)}`;
const emptyPaste = (): Draft => ({ id: newId(), fileName: null, text: '', headline: '' });

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'add-files': {
      if (action.files.length === 0) return state;
      const added = action.files.map((f) => ({ id: newId(), fileName: f.fileName, text: f.text, headline: '' }));
      // An untouched paste box gives way to the files.
      const kept = state.drafts.filter((d) => d.fileName !== null || d.text !== '' || d.headline !== '');
      return { drafts: [...kept, ...added], selectedId: added[0].id };
    }
    case 'add-paste': {
      const draft = emptyPaste();
      return { drafts: [...state.drafts, draft], selectedId: draft.id };
    }
    case 'set-text':
      return { ...state, drafts: state.drafts.map((d) => (d.id === action.id ? { ...d, text: action.text } : d)) };
    case 'set-headline':
      return { ...state, drafts: state.drafts.map((d) => (d.id === action.id ? { ...d, headline: action.headline } : d)) };
    case 'remove': {
      const index = state.drafts.findIndex((d) => d.id === action.id);
      const drafts = state.drafts.filter((d) => d.id !== action.id);
      if (drafts.length === 0) {
        const draft = emptyPaste();
        return { drafts: [draft], selectedId: draft.id };
      }
      const selectedId =
        state.selectedId === action.id ? drafts[Math.min(index, drafts.length - 1)].id : state.selectedId;
      return { drafts, selectedId };
    }
    case 'select':
      return state.drafts.some((d) => d.id === action.id) ? { ...state, selectedId: action.id } : state;
    default:
      return state;
  }
}

const init = (): State => {
  const draft = emptyPaste();
  return { drafts: [draft], selectedId: draft.id };
};

/** `initial`: the drafts the page kept when the editor left it (usePageMemory). */
export function useDrafts(initial?: { drafts: Draft[]; selectedId: string } | null) {
  const [state, dispatch] = React.useReducer(reducer, undefined, () =>
    initial && initial.drafts.length > 0 ? { drafts: initial.drafts, selectedId: initial.selectedId } : init(),
  );
  const selected = state.drafts.find((d) => d.id === state.selectedId) ?? state.drafts[0];

  const actions = React.useMemo(
    () => ({
      addFiles: (files: ReadFile[]) => dispatch({ type: 'add-files', files }),
      addPaste: () => dispatch({ type: 'add-paste' }),
      setText: (id: string, text: string) => dispatch({ type: 'set-text', id, text }),
      setHeadline: (id: string, headline: string) => dispatch({ type: 'set-headline', id, headline }),
      remove: (id: string) => dispatch({ type: 'remove', id }),
      select: (id: string) => dispatch({ type: 'select', id }),
    }),
    [],
  );

  return { drafts: state.drafts, selectedId: selected.id, selected, ...actions };
}
