import imports from './imports';
import provenance from './provenance';

export default {
  admin: imports('admin'),
  'content-api': imports('api'),
  provenance,
};
