import { Box, Flex, ProgressBar, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { BackgroundRun } from '../../../api';
import { countsLabel } from './StatusBadge';

/**
 * A background run while the server imports it: how many documents are done, and what became
 * of them so far. The editor may leave or reload the page: it follows the run on.
 */
export const BackgroundProgress = ({ runId, progress, dryRun }: { runId: number; progress: BackgroundRun | null; dryRun: boolean }) => {
  const { formatMessage } = useIntl();
  const done = progress?.done ?? 0;
  const total = progress?.fileCount ?? 0;
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} role="status" aria-live="polite" data-testid="background-progress">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">
          {formatMessage(
            { id: 'source-import.background.title', defaultMessage: '{dryRun, select, true {Dry run} other {Import}} #{runId} in progress: {done} of {total} documents' },
            { dryRun: String(dryRun), runId, done, total },
          )}
        </Typography>
        <ProgressBar value={total > 0 ? Math.round((done / total) * 100) : 0} size="M" aria-label={`${done} / ${total}`} />
        <Typography variant="pi" textColor="neutral600">
          {done > 0 ? `${countsLabel(formatMessage, progress?.totals ?? {}, dryRun)}. ` : ''}
          {formatMessage({
            id: 'source-import.background.note',
            defaultMessage: 'The server imports the documents in the background: you can leave or reload this page, the run goes on.',
          })}
        </Typography>
      </Flex>
    </Box>
  );
};
