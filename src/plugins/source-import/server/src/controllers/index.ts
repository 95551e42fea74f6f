import imports from './imports';
import merges from './merges';
import provenance from './provenance';

export default {
  admin: imports('admin'),
  'content-api': imports('api'),
  merges,
  provenance,
};
