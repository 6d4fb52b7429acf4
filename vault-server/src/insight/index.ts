export { insightRoutes, OPT_IN_EXPLANATION } from './vault/insight-routes.ts';
export { submitWeekReport, type InsightClientConfig } from './vault/submit-report.ts';
export { startInsight, type InsightOptions, type RunningInsight } from './start-insight.ts';
export { attribute, weekFigures, type SuggestionAttribution } from './attribution.ts';
