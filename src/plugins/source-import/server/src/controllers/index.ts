import imports from './imports';
import merges from './merges';

export default {
  admin: imports('admin'),
  'content-api': imports('api'),
  merges,
};
