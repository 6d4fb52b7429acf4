/**
 * What taking part means, in plain words, shown where the person decides. The minimum is the one the
 * aggregators really use (they refuse to hand out a smaller batch), never a number written here.
 */
export function optInExplanation(minBatch: number): { nl: string; en: string } {
  const n = Math.trunc(minBatch);
  return {
    nl: `Als je meedoet, stuurt je kluis één keer per week een paar tellingen (hoeveel suggesties je zag, aanklikte en leende, bezocht of kocht, per instelling en soort) in twee delen naar twee verschillende partijen. Elk deel op zich is willekeurige ruis; alleen samen, en alleen als som over minstens ${n} mensen, zeggen ze iets. Niemand ziet wat jij deed, en geen van beide partijen kan jouw weken aan elkaar koppelen. Standaard staat dit uit en je kunt het altijd weer uitzetten.`,
    en: `If you take part, your vault sends a few counts once a week (how many suggestions you saw, clicked and borrowed, visited or bought, per institution and kind) in two parts to two different parties. Each part alone is random noise; only together, and only as a sum over at least ${n} people, do they say anything. No one sees what you did, and neither party can link your weeks to each other. It is off unless you turn it on, and you can turn it off at any time.`,
  };
}
