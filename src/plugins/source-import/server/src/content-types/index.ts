import importBatch from './import-batch';
import importRun from './import-run';
import importedDocument from './imported-document';
import entityKey from './entity-key';
import merge from './merge';

export default {
  'import-run': importRun,
  'import-batch': importBatch,
  'imported-document': importedDocument,
  'entity-key': entityKey,
  merge,
};
