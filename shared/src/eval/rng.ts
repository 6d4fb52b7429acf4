// The generator lives with the re-ranker (its exploration slot draws from it); eval and the catalogue
// build use the same one, so `wonder/` never imports from `eval/`.
export { createRng, shuffleInPlace } from '../wonder/rerank/rng.ts';
