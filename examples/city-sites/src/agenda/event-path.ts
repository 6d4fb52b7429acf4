export const eventPath = (activity: { id: string }): string =>
  `/evenement/${encodeURIComponent(activity.id)}`;
