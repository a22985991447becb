/**
 * How course files are kept in a text column: UTF-8 text as it is (readable in the database
 * and in exports), anything else as base64.
 */
export type FileEncoding = 'utf8' | 'base64';

export function encodeFileContent(bytes: Uint8Array): { encoding: FileEncoding; content: string } {
  const buffer = Buffer.from(bytes);
  const text = buffer.toString('utf8');
  return Buffer.from(text, 'utf8').equals(buffer) ? { encoding: 'utf8', content: text } : { encoding: 'base64', content: buffer.toString('base64') };
}

export function decodeFileContent(file: { encoding: string; content: string }): Buffer {
  return Buffer.from(file.content, file.encoding === 'utf8' ? 'utf8' : 'base64');
}
