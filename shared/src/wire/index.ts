export * from './city-event.ts';
export * from './dna.ts';
export * from './rank.ts';
export * from './record-container.ts';
export * from './upcoming-activities.ts';
export * from './vocabulary.ts';
