export { toJsonLd, serializeJsonLd, type JsonLd } from './json-ld';
export { toNinjs, type NinjsItem } from './ninjs';
export { plainText, articleUri, publicBaseUrl } from './common';
export type { StandardsArticle, StandardsContext } from './types';
