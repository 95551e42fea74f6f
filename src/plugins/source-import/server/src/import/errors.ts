/**
 * What can go wrong with an import, as a small hierarchy the controllers map to Strapi's
 * error shape (400/413/422), never to a raw 500.
 */
export class ImportError extends Error {
  constructor(
    message: string,
    /** a stable reason id: a reader rule id (`empty-document`, `not-text`, `not-an-article`) or `too-large` */
    readonly reason: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** The input cannot be imported: empty, binary, not an article, too large. Nothing was written. */
export class RejectedDocumentError extends ImportError {
  override name = 'RejectedDocumentError';
}

/**
 * A merge of duplicates that cannot be done as asked (`reason`: `not-found`, `same-entry`,
 * `different-kinds`); nothing was changed.
 */
export class MergeRefusedError extends ImportError {
  override name = 'MergeRefusedError';
}

/** The request itself is malformed (no text, bad options). */
export class InvalidRequestError extends ImportError {
  override name = 'InvalidRequestError';
}

/**
 * The document was read and found importable, but storing it failed (a database error, a bug).
 * Its message is short and safe to show: what the database said, which may hold the SQL and
 * the document's text, goes only to the server log, under the same `reference`.
 */
export class StorageFailedError extends ImportError {
  override name = 'StorageFailedError';

  constructor(readonly reference: string, fileName: string | null) {
    super(
      `${fileName ?? 'The document'} could not be stored; nothing of it was written (reference ${reference}: the details are in the server log)`,
      'storage-failed',
      { reference, fileName },
    );
  }
}

type ValidationDetail = { message?: string };

/**
 * Unique-index violations, raised by a concurrent import of the same document or entity; and
 * Strapi's own uniqueness check failing for the same reason (it reads before it writes, so it
 * sees a tag the other import committed a moment ago).
 */
export const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { code?: string; message?: string; details?: { errors?: ValidationDetail[] } } | null;
  if (!e) return false;
  const validation = e.details?.errors ?? [];
  return (
    e.code === '23505' || // PostgreSQL unique_violation
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint failed|duplicate key value violates unique constraint/i.test(e.message ?? '') ||
    (validation.length > 0 && validation.every((d) => /must be unique/i.test(d.message ?? '')))
  );
};

/**
 * A link to a row that was deleted meanwhile: an entity the import had found was merged into
 * another (services/merge.ts) before the import committed. Imported again, the document finds
 * the entity that was kept.
 */
export const isForeignKeyViolation = (error: unknown): boolean => {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  return e.code === '23503' || e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || /FOREIGN KEY constraint failed|violates foreign key constraint/i.test(e.message ?? '');
};
