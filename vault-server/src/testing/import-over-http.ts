/** A signed-in owner as the vault's pages hold them: the session cookie and its CSRF token. */
export interface OwnerSession {
  /** `Cookie` header value of the session. */
  cookie: string;
  csrfToken: string;
}

/** A file the owner picks in the import form. */
export interface ImportFile {
  name: string;
  text: string;
}

/** The content type the data page sends for a file: from its name, as `account.js` decides it. */
function fileType(name: string): string {
  if (/\.csv$/i.test(name)) return 'text/csv';
  if (/\.ndjson$/i.test(name)) return 'application/x-ndjson';
  return 'application/json';
}

/**
 * What the data page does when the owner uploads a file to a category ("Importeren" on "Mijn
 * kluis", `account.js`), done with fetch: the session's cookie and CSRF token, the vault's own
 * Origin, NDJSON progress asked for and read to the last line. Returns how many records the vault
 * imported; throws with the vault's problem otherwise (nothing was written then).
 */
export async function importOverHttp(
  baseUrl: string,
  session: OwnerSession,
  pod: string,
  category: string,
  file: ImportFile,
): Promise<number> {
  const url = new URL(
    `/pods/${pod}/${category}/import?fileName=${encodeURIComponent(file.name.slice(0, 300))}`,
    baseUrl,
  );
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      cookie: session.cookie,
      origin: new URL(baseUrl).origin,
      'content-type': fileType(file.name),
      accept: 'application/x-ndjson',
      'x-csrf-token': session.csrfToken,
    },
    body: file.text,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`import answered ${response.status}: ${text.slice(0, 500)}`);
  const last = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { type: string; imported?: number })
    .filter((message) => message.type !== 'progress')
    .at(-1);
  if (last?.type !== 'result' || typeof last.imported !== 'number')
    throw new Error(`import refused: ${JSON.stringify(last).slice(0, 500)}`);
  return last.imported;
}
