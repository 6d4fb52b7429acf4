/** What the sites log through; `console` satisfies it. */
export interface SiteLogger {
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

/** Default for tests and embedding: only errors reach stderr. */
export const quietLogger: SiteLogger = {
  info: () => {},
  warn: () => {},
  error: (message, ...details) => console.error(message, ...details),
};
