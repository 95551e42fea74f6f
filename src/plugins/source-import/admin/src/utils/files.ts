import { MAX_FILE_BYTES } from '../pluginId';

export type ReadFile = { fileName: string; text: string };
export type RefusedFile = { fileName: string; reason: 'too-large' | 'not-text'; size: number };

const isText = (file: File) => /\.txt$/i.test(file.name) || file.type === 'text/plain';

/**
 * The text of a captured page. Pages saved on Windows come as UTF-16 with a byte order
 * mark; anything else is read as UTF-8 (invalid bytes become U+FFFD, which the reader flags).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** Reads the `.txt` files among `files`; the others, and any over the size limit, are refused unread. */
export async function readTextFiles(files: File[]): Promise<{ read: ReadFile[]; refused: RefusedFile[] }> {
  const read: ReadFile[] = [];
  const refused: RefusedFile[] = [];
  for (const file of files) {
    if (!isText(file)) refused.push({ fileName: file.name, reason: 'not-text', size: file.size });
    else if (file.size > MAX_FILE_BYTES) refused.push({ fileName: file.name, reason: 'too-large', size: file.size });
    else read.push({ fileName: file.name, text: decodeText(new Uint8Array(await file.arrayBuffer())) });
  }
  return { read, refused };
}

/** Size of a text as the server counts it: UTF-8 bytes. */
export const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

export const formatBytes = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
