import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Severity } from '../../../api';

const VARIANT = { error: 'danger', warning: 'warning', info: 'secondary' } as const;

export const SeverityBadge = ({ severity }: { severity: Severity }) => {
  const { formatMessage } = useIntl();
  return (
    <Badge variant={VARIANT[severity]} size="S">
      {formatMessage({ id: `source-import.severity.${severity}`, defaultMessage: severity })}
    </Badge>
  );
};
