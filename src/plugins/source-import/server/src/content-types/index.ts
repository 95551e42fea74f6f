import importRun from './import-run';
import importedDocument from './imported-document';
import entityKey from './entity-key';
import merge from './merge';

export default {
  'import-run': importRun,
  'imported-document': importedDocument,
  'entity-key': entityKey,
  merge,
};
