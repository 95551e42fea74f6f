import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import type { Diagnostic, Severity } from '../../../api';
import {
  lineIndexAt,
  quoteRange,
  rangesByLine,
  segmentLine,
  splitLines,
  toRange,
  worstSeverity,
  type QuoteMark,
  type Range,
} from '../../../utils/source';

/** Lines rendered at first; a 5 MB file has far more, and the rest come on request. */
const FIRST_LINES = 2000;

type Props = {
  text: string;
  diagnostics: Diagnostic[];
  selected: number | null;
  onSelect: (index: number) => void;
  /** quotes highlighted at their stored places (the article's provenance) */
  quotes?: QuoteMark[];
  selectedQuote?: number | null;
  onSelectQuote?: (index: number) => void;
  /** the height of the scrolling box, in rem */
  maxHeight?: number;
};

/**
 * The source text with line numbers, each diagnostic underlined at its place, each quote (when
 * given) highlighted, and the selected one brought into view. The text is rendered as text,
 * never as HTML.
 */
export const SourceView = ({ text, diagnostics, selected, onSelect, quotes, selectedQuote = null, onSelectQuote, maxHeight = 60 }: Props) => {
  const { formatMessage } = useIntl();
  const lines = React.useMemo(() => splitLines(text), [text]);
  const diagnosticRanges = React.useMemo(
    () => diagnostics.map((d, i) => toRange(d, i, text, lines)),
    [diagnostics, text, lines],
  );
  const quoteRanges = React.useMemo(() => (quotes ?? []).map((q, i) => quoteRange(q, i, text)), [quotes, text]);
  const ranges = React.useMemo(
    () => [...diagnosticRanges, ...quoteRanges.filter((r): r is Range => r !== null)],
    [diagnosticRanges, quoteRanges],
  );
  const byLine = React.useMemo(() => rangesByLine(ranges, lines), [ranges, lines]);
  const [showAll, setShowAll] = React.useState(false);
  const scroller = React.useRef<HTMLDivElement>(null);

  const selectedRange =
    selectedQuote !== null ? quoteRanges[selectedQuote] ?? null : selected === null ? null : diagnosticRanges[selected] ?? null;
  const selectedLine = React.useMemo(
    () => (selectedRange ? lineIndexAt(lines, selectedRange.start) : null),
    [lines, selectedRange],
  );

  const limit = showAll || (selectedLine !== null && selectedLine >= FIRST_LINES) ? lines.length : FIRST_LINES;

  // Bring the selected place into view: the middle of the source box, and the box onto the screen.
  React.useEffect(() => {
    if (selectedLine === null || !scroller.current) return;
    const row = scroller.current.querySelector<HTMLElement>(`[data-line="${selectedLine + 1}"]`);
    if (!row) return;
    const box = scroller.current;
    box.scrollTop = row.offsetTop - box.clientHeight / 2 + row.clientHeight / 2;
    box.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selectedLine, selected, selectedQuote]);

  return (
    <Box>
      <Scroller ref={scroller} $maxHeight={maxHeight} role="region" aria-label={formatMessage({ id: 'source-import.source.label', defaultMessage: 'Source text' })}>
        <Lines>
          {lines.slice(0, limit).map((line, index) => {
            const lineRanges = byLine.get(index) ?? [];
            const marker = worstSeverity(lineRanges.filter((r) => r.kind !== 'quote'));
            const isSelectedLine = selectedLine === index;
            return (
              <Row key={line.number} data-line={line.number} $selected={isSelectedLine} aria-current={isSelectedLine ? true : undefined}>
                <Gutter $severity={marker} aria-hidden>
                  {line.number}
                </Gutter>
                <Code>
                  {lineRanges.length === 0
                    ? text.slice(line.start, line.end)
                    : segmentLine(line, lineRanges).map((segment) => {
                        const value = text.slice(segment.start, segment.end);
                        const found = segment.ranges.filter((r) => r.kind !== 'quote');
                        const quoted = segment.ranges.find((r) => r.kind === 'quote');
                        let shown: React.ReactNode = value;
                        if (found.length > 0) {
                          const isSelected = selectedRange !== null && found.includes(selectedRange);
                          const first = pick(found, selectedRange);
                          const title = found.map((r) => `${diagnostics[r.index].ruleId}: ${diagnostics[r.index].message}`).join('\n');
                          const select = (event: React.MouseEvent) => {
                            event.stopPropagation();
                            onSelect(first.index);
                          };
                          shown =
                            segment.start === segment.end ? (
                              <Point $severity={worstSeverity(found) ?? 'info'} $selected={isSelected} title={title} onClick={select} />
                            ) : (
                              <Mark $severity={worstSeverity(found) ?? 'info'} $selected={isSelected} title={title} onClick={select}>
                                {value}
                              </Mark>
                            );
                        }
                        if (quoted && quotes && segment.start < segment.end) {
                          return (
                            <Quoted
                              key={`q${segment.start}`}
                              data-quote={quoted.index}
                              $selected={selectedRange === quoted}
                              title={quotes[quoted.index].title}
                              onClick={onSelectQuote ? () => onSelectQuote(quoted.index) : undefined}
                            >
                              {shown}
                            </Quoted>
                          );
                        }
                        return <React.Fragment key={`${segment.start}-${segment.end}`}>{shown}</React.Fragment>;
                      })}
                  {line.start === line.end && lineRanges.length === 0 ? '\u200b' : null}
                </Code>
              </Row>
            );
          })}
        </Lines>
      </Scroller>
      {limit < lines.length ? (
        <Flex paddingTop={2} gap={2}>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(
              { id: 'source-import.source.truncated', defaultMessage: 'Showing the first {shown} of {total} lines.' },
              { shown: limit.toLocaleString(), total: lines.length.toLocaleString() },
            )}
          </Typography>
          <Button size="S" variant="tertiary" onClick={() => setShowAll(true)}>
            {formatMessage({ id: 'source-import.source.show-all', defaultMessage: 'Show all lines' })}
          </Button>
        </Flex>
      ) : null}
    </Box>
  );
};

/** The diagnostic a click on overlapping marks selects: the selected one, else the first. */
const pick = (ranges: Range[], selected: Range | null) => (selected && ranges.includes(selected) ? selected : ranges[0]);

const severityColor = (severity: Severity | null) =>
  severity === 'error' ? 'danger' : severity === 'warning' ? 'warning' : 'primary';

const Scroller = styled.div<{ $maxHeight: number }>`
  max-height: ${({ $maxHeight }) => $maxHeight}rem;
  overflow: auto;
  border: 1px solid ${({ theme }) => theme.colors.neutral200};
  border-radius: ${({ theme }) => theme.borderRadius};
  background: ${({ theme }) => theme.colors.neutral100};
`;

const Lines = styled.div`
  position: relative;
  padding: ${({ theme }) => theme.spaces[2]} 0;
  font-family: 'SF Mono', SFMono-Regular, ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
  font-size: 1.3rem;
  line-height: 2rem;
  color: ${({ theme }) => theme.colors.neutral800};
`;

const Row = styled.div<{ $selected: boolean }>`
  display: flex;
  background: ${({ theme, $selected }) => ($selected ? theme.colors.primary100 : 'transparent')};
`;

const Gutter = styled.span<{ $severity: Severity | null }>`
  flex: 0 0 5.6rem;
  padding-right: ${({ theme }) => theme.spaces[3]};
  text-align: right;
  user-select: none;
  color: ${({ theme, $severity }) => ($severity ? theme.colors[`${severityColor($severity)}600`] : theme.colors.neutral500)};
  font-weight: ${({ $severity }) => ($severity ? 600 : 400)};
  border-right: 3px solid
    ${({ theme, $severity }) => ($severity ? theme.colors[`${severityColor($severity)}500`] : theme.colors.neutral200)};
`;

const Code = styled.span`
  flex: 1;
  min-width: 0;
  padding: 0 ${({ theme }) => theme.spaces[3]};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

const Mark = styled.span<{ $severity: Severity; $selected: boolean }>`
  cursor: pointer;
  text-decoration: underline wavy ${({ theme, $severity }) => theme.colors[`${severityColor($severity)}500`]};
  text-decoration-skip-ink: none;
  text-underline-offset: 3px;
  background: ${({ theme, $severity, $selected }) => ($selected ? theme.colors[`${severityColor($severity)}200`] : 'transparent')};
  outline: ${({ theme, $severity, $selected }) => ($selected ? `1px solid ${theme.colors[`${severityColor($severity)}500`]}` : 'none')};
`;

/** A quote's words, highlighted; the selected quote outlined. */
const Quoted = styled.span<{ $selected: boolean }>`
  cursor: pointer;
  border-radius: 2px;
  background: ${({ theme, $selected }) => ($selected ? theme.colors.secondary200 : theme.colors.secondary100)};
  box-shadow: ${({ theme, $selected }) => ($selected ? `0 0 0 1px ${theme.colors.secondary600}` : 'none')};
`;

/** A diagnostic with no extent (something missing) is shown as a caret at its place. */
const Point = styled.span<{ $severity: Severity; $selected: boolean }>`
  display: inline-block;
  cursor: pointer;
  width: ${({ $selected }) => ($selected ? '4px' : '2px')};
  height: 1.6rem;
  margin: 0 1px;
  vertical-align: text-bottom;
  background: ${({ theme, $severity }) => theme.colors[`${severityColor($severity)}500`]};
`;
