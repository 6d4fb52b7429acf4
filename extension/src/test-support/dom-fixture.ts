import { Window } from 'happy-dom';

/**
 * A document parsed from `html` at `url` by happy-dom, which never runs the page's scripts, for
 * unit tests of code that reads pages. Cast once here: happy-dom's Document implements the DOM
 * interfaces the extension uses, but its types are its own.
 */
export function documentFrom(html: string, url = 'http://127.0.0.1:4801/'): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}
