import * as React from 'react';
import { Box, Field, Tabs } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import type { Diagnostic } from '../../../api';
import { MAX_FILE_BYTES } from '../../../pluginId';
import { byteLength, formatBytes } from '../../../utils/files';
import type { Draft } from '../hooks/useDrafts';
import { SourceView } from './SourceView';

export type SourceMode = 'source' | 'edit';

type Props = {
  draft: Draft;
  /** the diagnostics of the last check, if it was made on this very text */
  diagnostics: Diagnostic[];
  selected: number | null;
  onSelect: (index: number) => void;
  mode: SourceMode;
  onModeChange: (mode: SourceMode) => void;
  onTextChange: (text: string) => void;
};

/** The document's text: read with line numbers and the diagnostics in place, or edited. */
export const SourcePanel = ({ draft, diagnostics, selected, onSelect, mode, onModeChange, onTextChange }: Props) => {
  const { formatMessage } = useIntl();
  const size = byteLength(draft.text);
  const tooLarge = size > MAX_FILE_BYTES;
  const pastedIntoEmpty = React.useRef(false);

  return (
    <Tabs.Root value={mode} onValueChange={(value) => onModeChange(value as SourceMode)} variant="simple">
      <Tabs.List aria-label={formatMessage({ id: 'source-import.source.tabs', defaultMessage: 'Source text' })}>
        <Tabs.Trigger value="source" disabled={draft.text === ''}>
          {formatMessage({ id: 'source-import.source.view', defaultMessage: 'Source with line numbers' })}
        </Tabs.Trigger>
        <Tabs.Trigger value="edit">
          {draft.fileName === null && draft.text === ''
            ? formatMessage({ id: 'source-import.source.paste', defaultMessage: 'Paste text' })
            : formatMessage({ id: 'source-import.source.edit', defaultMessage: 'Edit text' })}
        </Tabs.Trigger>
      </Tabs.List>
      <Box paddingTop={4}>
        <Tabs.Content value="source">
          <SourceView text={draft.text} diagnostics={diagnostics} selected={selected} onSelect={onSelect} />
        </Tabs.Content>
        <Tabs.Content value="edit">
          <Field.Root
            name="text"
            id="source-import-text"
            error={
              tooLarge
                ? formatMessage(
                    { id: 'source-import.source.too-large', defaultMessage: 'The text is {size}, over the limit of 5 MB: it cannot be checked or imported.' },
                    { size: formatBytes(size) },
                  )
                : undefined
            }
            hint={formatMessage(
              { id: 'source-import.source.hint', defaultMessage: 'The captured page as plain text, {size}. It is checked as you type.' },
              { size: formatBytes(size) },
            )}
          >
            <Field.Label>{formatMessage({ id: 'source-import.source.text-label', defaultMessage: 'Captured page' })}</Field.Label>
            <Editor
              id="source-import-text"
              name="text"
              value={draft.text}
              spellCheck={false}
              placeholder={formatMessage({
                id: 'source-import.source.placeholder',
                defaultMessage: 'Paste the text of a captured news page here…',
              })}
              onPaste={() => {
                pastedIntoEmpty.current = draft.text === '';
              }}
              onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => {
                onTextChange(e.target.value);
                // A page pasted into the empty box is shown at once as it was read, line by line.
                if (pastedIntoEmpty.current && e.target.value !== '') onModeChange('source');
                pastedIntoEmpty.current = false;
              }}
            />
            {tooLarge ? <Field.Error /> : <Field.Hint />}
          </Field.Root>
        </Tabs.Content>
      </Box>
    </Tabs.Root>
  );
};

/** A plain textarea in the design system's look: monospace, so columns match the diagnostics. */
const Editor = styled.textarea`
  width: 100%;
  min-height: 36rem;
  resize: vertical;
  padding: ${({ theme }) => `${theme.spaces[3]} ${theme.spaces[4]}`};
  border: 1px solid ${({ theme }) => theme.colors.neutral200};
  border-radius: ${({ theme }) => theme.borderRadius};
  background: ${({ theme }) => theme.colors.neutral0};
  color: ${({ theme }) => theme.colors.neutral800};
  font-family: 'SF Mono', SFMono-Regular, ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
  font-size: 1.3rem;
  line-height: 2rem;

  &:focus {
    outline: none;
    border-color: ${({ theme }) => theme.colors.primary600};
    box-shadow: ${({ theme }) => theme.colors.primary600} 0px 0px 0px 2px;
  }
`;
