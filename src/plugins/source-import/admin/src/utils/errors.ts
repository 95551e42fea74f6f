import { isFetchError } from '@strapi/strapi/admin';

/** The message of Strapi's error shape (`{ error: { status, name, message, details } }`), or of any error. */
export function errorMessage(error: unknown): string {
  if (isFetchError(error)) return error.response?.data?.error?.message ?? error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
