import type { RequestHandler } from 'express';

/** The cookie that keeps the language a person chose with the switch (?lang=) across pages and visits. */
export const LANG_COOKIE = 'vw_lang';

/** Remembers an explicit ?lang= choice on page requests; pageLang reads it back when no ?lang= is given. */
export const rememberLang: RequestHandler = (req, res, next) => {
  const asked = req.method === 'GET' ? req.query.lang : undefined;
  if ((asked === 'nl' || asked === 'en') && req.accepts('html') && !req.path.startsWith('/static/'))
    res.cookie(LANG_COOKIE, asked, {
      sameSite: 'lax',
      httpOnly: true,
      path: '/',
      maxAge: 365 * 24 * 3_600_000,
    });
  next();
};
