import { Badge, Flex, IconButton, Loader, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { byteLength, formatBytes } from '../../../utils/files';
import type { CheckState } from '../hooks/useChecks';
import type { Draft } from '../hooks/useDrafts';

type Props = {
  drafts: Draft[];
  checks: Record<string, CheckState>;
  selectedId: string;
  onSelect: (id: string) => void;
  onRemove: (id: string) => void;
};

/** The documents on the page, each with what its check found. */
export const DocumentList = ({ drafts, checks, selectedId, onSelect, onRemove }: Props) => {
  const { formatMessage } = useIntl();
  return (
    <List aria-label={formatMessage({ id: 'source-import.documents.title', defaultMessage: 'Documents' })}>
      {drafts.map((draft) => {
        const name = draft.fileName ?? formatMessage({ id: 'source-import.documents.pasted', defaultMessage: 'Pasted text' });
        return (
          <Row key={draft.id} $selected={draft.id === selectedId}>
            <Select type="button" onClick={() => onSelect(draft.id)} aria-current={draft.id === selectedId}>
              <Flex gap={3} alignItems="center">
                <Typography fontWeight="semiBold" textColor="neutral800" ellipsis>
                  {name}
                </Typography>
                <Typography variant="pi" textColor="neutral500">
                  {formatBytes(byteLength(draft.text))}
                </Typography>
                <CheckSummary draft={draft} check={checks[draft.id]} />
              </Flex>
            </Select>
            <IconButton
              label={formatMessage({ id: 'source-import.documents.remove', defaultMessage: 'Remove {name}' }, { name })}
              variant="ghost"
              onClick={() => onRemove(draft.id)}
            >
              <Trash />
            </IconButton>
          </Row>
        );
      })}
    </List>
  );
};

const CheckSummary = ({ draft, check }: { draft: Draft; check?: CheckState }) => {
  const { formatMessage } = useIntl();
  if (draft.text.trim() === '') {
    return <Badge size="S">{formatMessage({ id: 'source-import.documents.empty', defaultMessage: 'empty' })}</Badge>;
  }
  if (!check || check.status === 'checking') return <Loader small>{formatMessage({ id: 'source-import.check.checking', defaultMessage: 'Checking…' })}</Loader>;
  if (check.status === 'too-large') {
    return <Badge size="S" variant="danger">{formatMessage({ id: 'source-import.documents.too-large', defaultMessage: 'over 5 MB' })}</Badge>;
  }
  if (check.status === 'error' || !check.result) {
    return <Badge size="S" variant="danger">{formatMessage({ id: 'source-import.documents.check-failed', defaultMessage: 'check failed' })}</Badge>;
  }
  const { importable, publishable, reading } = check.result;
  const errors = reading.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = reading.diagnostics.filter((d) => d.severity === 'warning').length;
  return (
    <Flex gap={1}>
      {!importable ? (
        <Badge size="S" variant="danger">{formatMessage({ id: 'source-import.status.not-importable', defaultMessage: 'cannot be imported' })}</Badge>
      ) : publishable ? (
        <Badge size="S" variant="success">{formatMessage({ id: 'source-import.status.publishable', defaultMessage: 'ready' })}</Badge>
      ) : (
        <Badge size="S" variant="warning">{formatMessage({ id: 'source-import.status.draft-only', defaultMessage: 'draft only' })}</Badge>
      )}
      {errors > 0 ? <Badge size="S" variant="danger">{formatMessage({ id: 'source-import.documents.errors', defaultMessage: '{count, plural, one {# error} other {# errors}}' }, { count: errors })}</Badge> : null}
      {warnings > 0 ? <Badge size="S" variant="warning">{formatMessage({ id: 'source-import.documents.warnings', defaultMessage: '{count, plural, one {# warning} other {# warnings}}' }, { count: warnings })}</Badge> : null}
    </Flex>
  );
};

const List = styled.ul`
  display: flex;
  flex-direction: column;
  border: 1px solid ${({ theme }) => theme.colors.neutral200};
  border-radius: ${({ theme }) => theme.borderRadius};
  overflow: hidden;
`;

const Row = styled.li<{ $selected: boolean }>`
  display: flex;
  align-items: center;
  padding-right: ${({ theme }) => theme.spaces[2]};
  background: ${({ theme, $selected }) => ($selected ? theme.colors.primary100 : theme.colors.neutral0)};
  border-left: 3px solid ${({ theme, $selected }) => ($selected ? theme.colors.primary600 : 'transparent')};

  & + & {
    border-top: 1px solid ${({ theme }) => theme.colors.neutral150};
  }
`;

const Select = styled.button`
  flex: 1;
  min-width: 0;
  text-align: left;
  cursor: pointer;
  padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[4]}`};
  background: transparent;
`;
