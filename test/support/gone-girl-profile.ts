/**
 * The extension's local profile the browser tests start from: stated interests and one earlier
 * visit to a thriller, so the why-panel has two categories to name (and names "Gone Girl").
 */
export const GONE_GIRL_PROFILE = {
  interests: ['fantasy', 'mode', 'concert'],
  browsing: [
    {
      id: 'visit-gone-girl',
      itemId: 'book-gone-girl',
      title: 'Gone Girl',
      terms: ['thrillers', 'mystery'],
      origin: 'http://127.0.0.1:4801',
      // Relative to the run, as a visit recorded on this device would be.
      time: new Date(Date.now() - 36 * 86_400_000).toISOString(),
    },
  ],
};
