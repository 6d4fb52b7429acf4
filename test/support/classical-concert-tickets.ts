/** A concert ticket as the vault imports it (category `tickets`), at `time`. */
const concertTicket = (
  time: string,
  id: string,
  title: string,
  genres: string[],
  venueId: string,
) => ({
  time,
  item: {
    id,
    title,
    kind: 'activity',
    medium: 'listen',
    termIds: ['0.50.4.0.0', '1.8.1.0.0'],
    genres,
    authors: [],
    venueId,
  },
  data: { quantity: 1, priceEur: 18 },
});

/**
 * The two classical concerts of the demo agenda a person of the "Voor jou" tests went to (chamber
 * music at CC Luchtbal, a piano concerto at the Stadsschouwburg), at `times`.
 */
export const classicalConcertTickets = ([chamber, piano]: [string, string]) => [
  concertTicket(
    chamber,
    'act-00041',
    'Kamermuziek: Schnittke',
    ['klassiek', 'kamermuziek'],
    'venue-cc-luchtbal',
  ),
  concertTicket(
    piano,
    'act-00057',
    'Tsjaikovski: Pianoconcerto nr. 1',
    ['klassiek', 'symfonisch'],
    'venue-stadsschouwburg',
  ),
];
