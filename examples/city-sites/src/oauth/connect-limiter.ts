/**
 * How many connections a site starts. Each start pushes an authorization request to the vault, which
 * limits /oauth per address (600 a minute by default) for all three demo sites on this machine: an
 * anonymous flood must not use that up. Counted in memory, per minute: a demo site is one process;
 * a site with several processes would count in a shared store.
 */
export class ConnectLimiter {
  private windowStart = 0;
  private siteCount = 0;
  /** Only visitors whose start was allowed, so at most `perSite` of them per window. */
  private readonly visitorCounts = new Map<string, number>();

  constructor(
    private readonly perSite = 30,
    private readonly perVisitor = 3,
    private readonly windowMs = 60_000,
  ) {}

  /** Whether this visitor may start a connection now; counts it when so. */
  allow(visitorId: string, now = Date.now()): boolean {
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.siteCount = 0;
      this.visitorCounts.clear();
    }
    const mine = this.visitorCounts.get(visitorId) ?? 0;
    if (this.siteCount >= this.perSite || mine >= this.perVisitor) return false;
    this.siteCount += 1;
    this.visitorCounts.set(visitorId, mine + 1);
    return true;
  }
}
