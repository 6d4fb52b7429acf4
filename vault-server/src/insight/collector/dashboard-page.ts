import { DASHBOARD_TEXT, type DashboardLang } from './dashboard-text.ts';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The page shell; the script fills it from /api/dashboard (no inline script, strict CSP). */
export function dashboardPage(
  lang: DashboardLang,
  minBatch: number,
  minPeople: number,
  epsilon: number | null,
): string {
  const t = DASHBOARD_TEXT[lang];
  const other = lang === 'nl' ? 'en' : 'nl';
  const privacy = epsilon === null ? t.exact : t.noise.replace('{epsilon}', String(epsilon));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t.title)}</title>
<link rel="stylesheet" href="/static/dashboard.css">
<script src="/static/chart.umd.min.js" defer></script>
<script src="/static/dashboard.js" defer></script>
</head>
<body>
<header>
  <h1>${escape(t.title)}</h1>
  <a href="/?lang=${other}" lang="${other}">${escape(t.language)}</a>
</header>
<main id="dashboard" data-lang="${lang}">
  <p>${escape(t.intro.replace('{min}', String(minBatch)))}</p>
  <p>${escape(privacy)}</p>
  <p id="weeks">${escape(t.weeks)}</p>
  <p id="suppression">${escape(t.suppression.replace('{min}', String(minPeople)))}</p>
  <section aria-labelledby="batches-title">
    <h2 id="batches-title">${escape(t.batches)}</h2>
    <table id="batches"><thead><tr><th scope="col">${escape(t.week)}</th><th scope="col">${escape(t.people)}</th><th scope="col">Status</th></tr></thead><tbody></tbody></table>
  </section>
  <section aria-labelledby="figures-title">
    <h2 id="figures-title">${escape(t.institution)} · ${escape(t.medium)} · ${escape(t.week)}</h2>
    <p class="controls">
      <label for="institution">${escape(t.institution)}</label>
      <select id="institution"></select>
      <label for="medium">${escape(t.medium)}</label>
      <select id="medium"></select>
    </p>
    <p id="empty" hidden>${escape(t.none)}</p>
    <div class="charts">
      <figure><canvas id="acceptance-chart" role="img" aria-label="${escape(t.acceptance)}"></canvas><figcaption>${escape(t.acceptance)}</figcaption></figure>
      <figure><canvas id="conversion-chart" role="img" aria-label="${escape(t.conversion)}"></canvas><figcaption>${escape(t.conversion)}</figcaption></figure>
    </div>
    <table id="figures"><thead></thead><tbody></tbody></table>
  </section>
</main>
</body>
</html>`;
}
