export { insightRoutes, type InsightRouteOptions } from './vault/insight-routes.ts';
export { optInExplanation } from './vault/opt-in-explanation.ts';
export { insightUploadKey } from './vault/upload-key.ts';
export { submitWeekReport, type InsightClientConfig } from './vault/submit-report.ts';
export { startInsight, type InsightOptions, type RunningInsight } from './start-insight.ts';
export { attribute, weekFigures, type SuggestionAttribution } from './attribution.ts';
