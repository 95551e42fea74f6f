import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ImportStatus } from '../../../api';

const VARIANT = { created: 'success', updated: 'primary', unchanged: 'neutral', draft: 'warning', failed: 'danger' } as const;

export const StatusBadge = ({ status }: { status: ImportStatus }) => {
  const { formatMessage } = useIntl();
  return (
    <Badge variant={VARIANT[status] ?? 'neutral'} size="S">
      {formatMessage({ id: `source-import.import-status.${status}`, defaultMessage: status })}
    </Badge>
  );
};
