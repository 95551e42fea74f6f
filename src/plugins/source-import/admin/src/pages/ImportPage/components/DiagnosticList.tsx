import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import type { Diagnostic, Severity } from '../../../api';
import { byPlace } from '../../../utils/source';
import { Message } from './Message';
import { SeverityBadge } from './SeverityBadge';

type Props = {
  diagnostics: Diagnostic[];
  selected: number | null;
  onSelect: (index: number) => void;
  /** rules the editor's input answers (a typed headline answers `missing-headline`) */
  resolved: Set<string>;
};

/** The reader's findings, like a linter's: severity, rule id, line:column and message. */
export const DiagnosticList = ({ diagnostics, selected, onSelect, resolved }: Props) => {
  const { formatMessage } = useIntl();
  const ordered = React.useMemo(
    () => diagnostics.map((d, index) => ({ d, index })).sort((a, b) => byPlace(a.d, b.d)),
    [diagnostics],
  );
  const counts = React.useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const d of diagnostics) c[d.severity] += 1;
    return c;
  }, [diagnostics]);

  if (diagnostics.length === 0) {
    return (
      <Box padding={4} background="success100" hasRadius>
        <Typography textColor="success700">
          {formatMessage({ id: 'source-import.diagnostics.none', defaultMessage: 'No problem found in the structure of this page.' })}
        </Typography>
      </Box>
    );
  }

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(
          {
            id: 'source-import.diagnostics.counts',
            defaultMessage:
              '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# note} other {# notes}}',
          },
          { errors: counts.error, warnings: counts.warning, infos: counts.info },
        )}
      </Typography>
      <List aria-label={formatMessage({ id: 'source-import.diagnostics.title', defaultMessage: 'Diagnostics' })}>
        {ordered.map(({ d, index }) => {
          const isResolved = resolved.has(d.ruleId);
          return (
            <li key={index}>
              <Item
                type="button"
                onClick={() => onSelect(index)}
                aria-pressed={selected === index}
                $selected={selected === index}
                data-rule={d.ruleId}
                data-severity={d.severity}
              >
                <Flex gap={2} alignItems="center" wrap="wrap">
                  <SeverityBadge severity={d.severity} />
                  <Typography variant="omega" fontWeight="semiBold" textColor="neutral800" data-place>
                    {d.line}:{d.column}
                  </Typography>
                  <RuleId>{d.ruleId}</RuleId>
                  {isResolved ? (
                    <Typography variant="pi" textColor="success600" fontWeight="bold">
                      {formatMessage({ id: 'source-import.diagnostics.resolved', defaultMessage: 'answered by your headline' })}
                    </Typography>
                  ) : null}
                </Flex>
                <Box paddingTop={1}>
                  <Typography variant="omega" textColor={isResolved ? 'neutral500' : 'neutral800'}>
                    <Message>{d.message}</Message>
                  </Typography>
                </Box>
                {d.note ? (
                  <Box paddingTop={1}>
                    <Typography variant="pi" textColor="neutral600">
                      <Message>{d.note}</Message>
                    </Typography>
                  </Box>
                ) : null}
              </Item>
            </li>
          );
        })}
      </List>
    </Flex>
  );
};

/** A list of clickable findings (and of an article's quotes, in the provenance view). */
export const List = styled.ul`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.spaces[1]};
  max-height: 60rem;
  overflow: auto;
`;

export const Item = styled.button<{ $selected: boolean }>`
  display: block;
  width: 100%;
  text-align: left;
  cursor: pointer;
  padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[3]}`};
  border-radius: ${({ theme }) => theme.borderRadius};
  border: 1px solid ${({ theme, $selected }) => ($selected ? theme.colors.primary600 : theme.colors.neutral200)};
  background: ${({ theme, $selected }) => ($selected ? theme.colors.primary100 : theme.colors.neutral0)};

  &:hover {
    background: ${({ theme }) => theme.colors.primary100};
  }

  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
`;

const RuleId = styled.code`
  font-family: 'SF Mono', SFMono-Regular, ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
  font-size: 1.2rem;
  color: ${({ theme }) => theme.colors.neutral600};
`;
