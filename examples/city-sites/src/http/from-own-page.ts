import type { Request } from 'express';

/**
 * Whether a POST comes from this site's own page. The demo sites all run on 127.0.0.1 (other ports
 * are the same site), so the SameSite=Lax cookie goes along with a form another site's page posts:
 * every POST that acts for the visitor (connect, disconnect, a write to their vault) asks this.
 * The pages say Referrer-Policy: no-referrer, so a browser sends `Origin: null`; it then says where
 * the request came from in Sec-Fetch-Site.
 */
export function fromOwnPage(req: Request, siteOrigin: string): boolean {
  const site = req.get('sec-fetch-site');
  return site ? site === 'same-origin' : req.get('origin') === siteOrigin;
}
