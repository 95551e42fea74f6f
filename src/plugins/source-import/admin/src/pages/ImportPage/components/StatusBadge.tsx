import { Badge } from '@strapi/design-system';
import { useIntl, type IntlShape } from 'react-intl';
import type { ImportStatus } from '../../../api';

const VARIANT = { created: 'success', updated: 'primary', unchanged: 'neutral', draft: 'warning', failed: 'danger', conflict: 'warning' } as const;

/** Report order: what changed first, then what did not, then what failed. */
export const STATUSES: ImportStatus[] = ['created', 'updated', 'draft', 'conflict', 'unchanged', 'failed'];

const WOULD: Record<ImportStatus, string> = {
  created: 'would create',
  updated: 'would update',
  draft: 'would stay a draft',
  unchanged: 'unchanged',
  conflict: 'conflict: left as it is',
  failed: 'would fail',
};

/** What a status says: done (`created`) or, in a dry run, what would be done (`would create`). */
export const statusLabel = (formatMessage: IntlShape['formatMessage'], status: ImportStatus, dryRun = false) =>
  dryRun && status !== 'unchanged'
    ? formatMessage({ id: `source-import.import-status.would.${status}`, defaultMessage: WOULD[status] })
    : formatMessage({ id: `source-import.import-status.${status}`, defaultMessage: status });

/** "1 unchanged, 2 created, 0 failed": every status that occurred, and always the failures. */
export const countsLabel = (
  formatMessage: IntlShape['formatMessage'],
  totals: Partial<Record<ImportStatus, number>>,
  dryRun = false,
) =>
  STATUSES.filter((s) => (totals[s] ?? 0) > 0 || s === 'failed')
    .map((s) => `${totals[s] ?? 0} ${statusLabel(formatMessage, s, dryRun)}`)
    .join(', ');

export const StatusBadge = ({ status, dryRun = false }: { status: ImportStatus; dryRun?: boolean }) => {
  const { formatMessage } = useIntl();
  return (
    <Badge variant={VARIANT[status] ?? 'neutral'} size="S" data-status={status}>
      {statusLabel(formatMessage, status, dryRun)}
    </Badge>
  );
};
