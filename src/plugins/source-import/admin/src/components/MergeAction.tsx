import * as React from 'react';
import { Box, Button, Field, Flex, Radio, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import { PERMISSIONS, pluginId } from '../pluginId';

const TYPES: Record<string, 'person' | 'organization'> = {
  'api::person.person': 'person',
  'api::organization.organization': 'organization',
};

type Candidate = { documentId: string; name: string; aliases?: unknown; acronym?: string | null; kind?: string | null };
type Props = { model: string; documentId?: string; document?: { name?: string } | null };
type FetchError = { response?: { data?: { error?: { message?: string } } } };

/** Lists the entries of the same type that match what the editor types, and merges into the one picked. */
const MergeDialog = ({ model, documentId, name, onClose }: { model: string; documentId: string; name: string; onClose: () => void }) => {
  const { formatMessage } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const [query, setQuery] = React.useState('');
  const [candidates, setCandidates] = React.useState<Candidate[]>([]);
  const [chosen, setChosen] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) => formatMessage({ id: `${pluginId}.merge.${id}`, defaultMessage }, values);

  React.useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ page: '1', pageSize: '10', sort: 'name:ASC' });
        if (query.trim()) params.set('_q', query.trim());
        const { data } = await get(`/content-manager/collection-types/${model}?${params}`, { signal: controller.signal });
        setCandidates(((data as { results: Candidate[] }).results ?? []).filter((c) => c.documentId !== documentId));
      } catch {
        // Aborted by the next keystroke, or the list could not be read: the list stays as it was.
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [get, model, documentId, query]);

  const merge = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      await post(`/${pluginId}/merges`, { type: TYPES[model], from: documentId, into: chosen });
      const kept = candidates.find((c) => c.documentId === chosen);
      toggleNotification({ type: 'success', message: t('done', '{name} was merged into {kept}.', { name, kept: kept?.name ?? '' }) });
      onClose();
      navigate(`/content-manager/collection-types/${model}/${chosen}`);
    } catch (error) {
      const message = (error as FetchError).response?.data?.error?.message ?? (error as Error).message;
      toggleNotification({ type: 'danger', message: t('failed', 'Not merged: {message}', { message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} padding={6}>
      <Typography>
        {t(
          'explain',
          'Pick the entry to keep. Everything of “{name}” moves to it (quotes, articles, affiliations, the names imports find it by); “{name}” becomes one of its aliases and is deleted.',
          { name },
        )}
      </Typography>
      <Field.Root name="merge-search">
        <Field.Label>{t('search', 'Find the entry to keep')}</Field.Label>
        <Field.Input value={query} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQuery(e.target.value)} />
      </Field.Root>
      <Radio.Group value={chosen ?? ''} onValueChange={(value: string) => setChosen(value)} aria-label={t('candidates', 'Entries to keep')}>
        {candidates.map((c) => (
          <Radio.Item key={c.documentId} value={c.documentId}>
            {c.name}
            {c.acronym ? ` (${c.acronym})` : ''}
            {Array.isArray(c.aliases) && c.aliases.length > 0 ? ` — ${(c.aliases as string[]).slice(0, 3).join(', ')}` : ''}
          </Radio.Item>
        ))}
      </Radio.Group>
      {candidates.length === 0 ? <Typography textColor="neutral600">{t('none', 'No other entry matches.')}</Typography> : null}
      <Box>
        <Flex gap={2} justifyContent="flex-end">
          <Button variant="tertiary" onClick={onClose}>
            {t('cancel', 'Cancel')}
          </Button>
          <Button variant="danger" onClick={merge} disabled={!chosen} loading={busy}>
            {t('confirm', 'Merge and delete “{name}”', { name })}
          </Button>
        </Flex>
      </Box>
    </Flex>
  );
};

/**
 * "Merge into…" on a person's or an organization's edit view: an editor who finds the same
 * person twice (a transliteration, a missing initial) folds one into the other.
 */
export const MergeAction = ({ model, documentId, document }: Props) => {
  const { formatMessage } = useIntl();
  const { allowedActions } = useRBAC({ merge: PERMISSIONS.merge });
  if (!TYPES[model] || !documentId || !allowedActions.canMerge) return null;
  const name = document?.name ?? '';
  return {
    label: formatMessage({ id: `${pluginId}.merge.action`, defaultMessage: 'Merge into…' }),
    position: 'header' as const,
    dialog: {
      type: 'modal' as const,
      title: formatMessage({ id: `${pluginId}.merge.title`, defaultMessage: 'Merge “{name}” into another entry' }, { name }),
      content: ({ onClose }: { onClose: () => void }) => <MergeDialog model={model} documentId={documentId} name={name} onClose={onClose} />,
    },
  };
};
MergeAction.type = 'merge-into';
