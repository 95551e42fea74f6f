import imports from './imports';

export default {
  admin: imports('admin'),
  'content-api': imports('api'),
};
