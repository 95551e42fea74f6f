import * as React from 'react';
import { Alert, Box, Button, Checkbox, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { CloudUpload, Eye, Plus } from '@strapi/icons';
import { Layouts, Page, useAuth, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { countByStatus } from '../../api';
import { PERMISSIONS } from '../../pluginId';
import { readTextFiles, formatBytes, type RefusedFile } from '../../utils/files';
import { DiagnosticList } from './components/DiagnosticList';
import { DocumentList } from './components/DocumentList';
import { DropZone } from './components/DropZone';
import { HeadlineField } from './components/HeadlineField';
import { BackgroundProgress } from './components/BackgroundProgress';
import { ImportHistory } from './components/ImportHistory';
import { ImportResult } from './components/ImportResult';
import { countsLabel } from './components/StatusBadge';
import { ReadingPreview } from './components/ReadingPreview';
import { SourcePanel, type SourceMode } from './components/SourcePanel';
import { useChecks, type CheckState } from './hooks/useChecks';
import { useDrafts } from './hooks/useDrafts';
import { useImport, type ImportReport } from './hooks/useImport';
import { useImportRuns } from './hooks/useImportRuns';
import { readPageMemory, useKeepPageMemory } from './hooks/usePageMemory';

/**
 * Paste a captured page or drop files, read the diagnostics beside the source, see what was
 * read, give a headline when the page has none, then import (or dry-run) and follow the links.
 */
export const ImportPage = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const {
    allowedActions: { canImport },
  } = useRBAC(PERMISSIONS.import);

  // The page as the editor left it to follow a link, when they come back (Back).
  const userKey = useAuth('ImportPage', (auth) => auth.user?.id ?? auth.user?.email);
  const [restored] = React.useState(() => readPageMemory(userKey));

  const { drafts, selectedId, selected, addFiles, addPaste, setText, setHeadline, remove, select } = useDrafts(restored);
  const checks = useChecks(drafts);
  const runs = useImportRuns();
  const refreshRuns = runs.refresh;
  const onDone = React.useCallback(
    (report: ImportReport) => {
      refreshRuns();
      const failed = report.items.filter((i) => i.status === 'failed').length;
      // What happened, status by status: `unchanged` is not "imported".
      const counts = countsLabel(formatMessage, countByStatus(report.items), report.dryRun);
      toggleNotification({
        type: failed > 0 ? 'warning' : 'success',
        message: report.dryRun
          ? formatMessage({ id: 'source-import.notification.dry-run', defaultMessage: 'Dry run, nothing was written: {counts}.' }, { counts })
          : formatMessage({ id: 'source-import.notification.imported', defaultMessage: 'Import done: {counts}.' }, { counts }),
      });
    },
    [formatMessage, refreshRuns, toggleNotification],
  );
  const importer = useImport({ onDone, initialReport: restored?.report ?? null, initialBackground: restored?.background ?? null });
  React.useEffect(() => {
    if (importer.error) toggleNotification({ type: 'danger', message: importer.error });
  }, [importer.error, toggleNotification]);

  const [publish, setPublish] = React.useState(restored?.publish ?? false);
  useKeepPageMemory(
    userKey,
    React.useMemo(
      () => ({ drafts, selectedId, publish, report: importer.report, background: importer.background }),
      [drafts, selectedId, publish, importer.report, importer.background],
    ),
  );
  const [refused, setRefused] = React.useState<RefusedFile[]>([]);
  const [mode, setMode] = React.useState<SourceMode>('edit');
  const [selectedDiagnostic, setSelectedDiagnostic] = React.useState<number | null>(null);

  const check: CheckState | undefined = checks[selected.id];
  // The diagnostics are shown in place only when they were made on the text on screen.
  const reading = check?.result && check.text === selected.text ? check.result.reading : undefined;
  const diagnostics = reading?.diagnostics ?? [];

  React.useEffect(() => {
    setMode(selected.text === '' ? 'edit' : 'source');
    setSelectedDiagnostic(null);
    // Only when another document is selected: typing must not switch the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected.id]);

  React.useEffect(() => {
    setSelectedDiagnostic(null);
  }, [reading]);

  const onFiles = async (files: File[]) => {
    const { read, refused: refusedNow } = await readTextFiles(files);
    setRefused(refusedNow);
    addFiles(read);
    if (read.length > 0) importer.clear();
  };

  const onSelectDiagnostic = (index: number) => {
    setSelectedDiagnostic(index);
    setMode('source');
  };

  const toImport = drafts.filter((d) => d.text.trim() !== '');
  const blocked = toImport.some((d) => checks[d.id]?.status === 'too-large');
  const knownUnimportable = toImport.every((d) => checks[d.id]?.result?.importable === false && checks[d.id]?.text === d.text);
  const canRun = canImport && toImport.length > 0 && !blocked && !knownUnimportable && !importer.isImporting;

  const run = (dryRun: boolean) => importer.run(toImport, { publish, dryRun });

  const resolved = new Set(selected.headline.trim() ? ['missing-headline'] : []);
  const showList = drafts.length > 1 || selected.fileName !== null;

  return (
    <Layouts.Root>
      <Page.Title>{formatMessage({ id: 'source-import.plugin.name', defaultMessage: 'Source import' })}</Page.Title>
      <Page.Main>
        <Layouts.Header
          title={formatMessage({ id: 'source-import.plugin.name', defaultMessage: 'Source import' })}
          subtitle={formatMessage({
            id: 'source-import.page.subtitle',
            defaultMessage: 'Paste a captured news page or drop .txt files, check what was read, then import.',
          })}
          primaryAction={
            <Flex gap={2}>
              <Button variant="secondary" startIcon={<Eye />} disabled={!canRun} onClick={() => run(true)}>
                {formatMessage({ id: 'source-import.actions.dry-run', defaultMessage: 'Dry run' })}
              </Button>
              <Button startIcon={<CloudUpload />} disabled={!canRun} loading={importer.isImporting} onClick={() => run(false)}>
                {toImport.length > 1
                  ? formatMessage({ id: 'source-import.actions.import-many', defaultMessage: 'Import {count} documents' }, { count: toImport.length })
                  : formatMessage({ id: 'source-import.actions.import', defaultMessage: 'Import' })}
              </Button>
            </Flex>
          }
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {!canImport ? (
              <Alert variant="default" closeLabel={formatMessage({ id: 'source-import.close', defaultMessage: 'Close' })}>
                {formatMessage({
                  id: 'source-import.permissions.no-import',
                  defaultMessage: 'You can check documents here; importing them needs the “Import documents” permission.',
                })}
              </Alert>
            ) : null}
            {importer.error ? (
              <Alert
                variant="danger"
                title={formatMessage({ id: 'source-import.result.failed', defaultMessage: 'The import failed' })}
                closeLabel={formatMessage({ id: 'source-import.close', defaultMessage: 'Close' })}
                onClose={importer.clear}
                data-testid="import-error"
              >
                {importer.error}
              </Alert>
            ) : null}
            {importer.background ? (
              <BackgroundProgress runId={importer.background.runId} progress={importer.progress} dryRun={importer.background.dryRun} />
            ) : null}
            {importer.report ? <ImportResult report={importer.report} onClose={importer.clear} /> : null}

            <Card>
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Typography variant="delta" tag="h2">
                  {formatMessage({ id: 'source-import.documents.title', defaultMessage: 'Documents' })}
                </Typography>
                <DropZone onFiles={onFiles} />
                {refused.length > 0 ? (
                  <Alert
                    variant="danger"
                    title={formatMessage({ id: 'source-import.drop.refused-title', defaultMessage: 'Some files were not added' })}
                    closeLabel={formatMessage({ id: 'source-import.close', defaultMessage: 'Close' })}
                    onClose={() => setRefused([])}
                    data-testid="refused-files"
                  >
                    {refused
                      .map((f) =>
                        f.reason === 'too-large'
                          ? formatMessage(
                              { id: 'source-import.drop.too-large', defaultMessage: '{name} is {size}, over the limit of 5 MB.' },
                              { name: f.fileName, size: formatBytes(f.size) },
                            )
                          : formatMessage(
                              { id: 'source-import.drop.not-text', defaultMessage: '{name} is not a .txt file.' },
                              { name: f.fileName },
                            ),
                      )
                      .join(' ')}
                  </Alert>
                ) : null}
                {showList ? (
                  <DocumentList drafts={drafts} checks={checks} selectedId={selected.id} onSelect={select} onRemove={remove} />
                ) : null}
                <Flex gap={6} wrap="wrap">
                  <Button variant="tertiary" startIcon={<Plus />} onClick={addPaste}>
                    {formatMessage({ id: 'source-import.documents.add-paste', defaultMessage: 'Paste another page' })}
                  </Button>
                  <Checkbox checked={publish} onCheckedChange={(value) => setPublish(value === true)}>
                    {formatMessage({
                      id: 'source-import.options.publish',
                      defaultMessage: 'Publish the articles that have no errors (the others stay drafts)',
                    })}
                  </Checkbox>
                </Flex>
              </Flex>
            </Card>

            <Grid.Root gap={4}>
              <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
                <Card>
                  <Flex direction="column" alignItems="stretch" gap={4}>
                    <HeadlineField
                      value={selected.headline}
                      onChange={(value) => setHeadline(selected.id, value)}
                      pageHeadline={reading ? reading.article.headline : undefined}
                    />
                    <SourcePanel
                      draft={selected}
                      diagnostics={diagnostics}
                      selected={selectedDiagnostic}
                      onSelect={onSelectDiagnostic}
                      mode={mode}
                      onModeChange={setMode}
                      onTextChange={(text) => setText(selected.id, text)}
                    />
                  </Flex>
                </Card>
              </Grid.Item>
              <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
                <Card>
                  <Flex direction="column" alignItems="stretch" gap={4}>
                    <Flex justifyContent="space-between">
                      <Typography variant="delta" tag="h2">
                        {formatMessage({ id: 'source-import.diagnostics.title', defaultMessage: 'Diagnostics' })}
                      </Typography>
                      {check?.status === 'checking' ? (
                        <Loader small>{formatMessage({ id: 'source-import.check.checking', defaultMessage: 'Checking…' })}</Loader>
                      ) : null}
                    </Flex>
                    <CheckStatus check={check} hasText={selected.text.trim() !== ''} headline={selected.headline} />
                    {reading ? (
                      <DiagnosticList
                        diagnostics={diagnostics}
                        selected={selectedDiagnostic}
                        onSelect={onSelectDiagnostic}
                        resolved={resolved}
                      />
                    ) : null}
                  </Flex>
                </Card>
              </Grid.Item>
            </Grid.Root>

            {reading ? (
              <Card>
                <Flex direction="column" alignItems="stretch" gap={4}>
                  <Typography variant="delta" tag="h2">
                    {formatMessage({ id: 'source-import.preview.title', defaultMessage: 'What was read' })}
                  </Typography>
                  <ReadingPreview reading={reading} headline={selected.headline} />
                </Flex>
              </Card>
            ) : null}

            <ImportHistory {...runs} canReread={canImport} />
          </Flex>
        </Layouts.Content>
      </Page.Main>
    </Layouts.Root>
  );
};

const Card = ({ children }: { children: React.ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    {children}
  </Box>
);

/** Whether the document can be imported as it stands, said in one line. */
const CheckStatus = ({ check, hasText, headline }: { check?: CheckState; hasText: boolean; headline: string }) => {
  const { formatMessage } = useIntl();
  if (!hasText) {
    return (
      <Typography textColor="neutral600">
        {formatMessage({ id: 'source-import.check.waiting', defaultMessage: 'Paste a page or drop files: the diagnostics appear here.' })}
      </Typography>
    );
  }
  if (!check || (check.status === 'checking' && !check.result)) return null;
  if (check.status === 'too-large') {
    return (
      <Box padding={3} background="danger100" hasRadius>
        <Typography textColor="danger700">
          {formatMessage({ id: 'source-import.check.too-large', defaultMessage: 'The text is over the limit of 5 MB: it cannot be checked or imported.' })}
        </Typography>
      </Box>
    );
  }
  if (check.status === 'error') {
    return (
      <Box padding={3} background="danger100" hasRadius data-testid="check-error">
        <Typography textColor="danger700">
          {formatMessage({ id: 'source-import.check.failed', defaultMessage: 'The document could not be checked: {message}' }, { message: check.error })}
        </Typography>
      </Box>
    );
  }
  if (!check.result) return null;
  const { importable, publishable } = check.result;
  const [background, color, message] = !importable
    ? (['danger100', 'danger700', formatMessage({ id: 'source-import.check.not-importable', defaultMessage: 'This document cannot be imported: see the errors below.' })] as const)
    : publishable
      ? (['success100', 'success700', headline.trim()
          ? formatMessage({ id: 'source-import.check.publishable-headline', defaultMessage: 'Ready to import, with your headline.' })
          : formatMessage({ id: 'source-import.check.publishable', defaultMessage: 'Ready to import.' })] as const)
      : (['warning100', 'warning700', formatMessage({ id: 'source-import.check.draft-only', defaultMessage: 'Can be imported, but only as a draft until the errors are fixed.' })] as const);
  return (
    <Box padding={3} background={background} hasRadius data-testid="check-status">
      <Typography textColor={color}>{message}</Typography>
    </Box>
  );
};
