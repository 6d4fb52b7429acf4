import { describe, expect, it } from 'vitest';
import { jsonLdScript, serializeJsonForScript } from './json-ld.ts';

describe('JSON-LD serialisation', () => {
  const data = { name: '</script><script>alert(1)</script> <!-- & \u2028' };

  it('cannot close the script element or open a comment', () => {
    const block = jsonLdScript(data).value;
    const inner = block.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inner).not.toMatch(/[<>]/);
    expect(inner).not.toContain('&');
    expect(inner).not.toContain('\u2028');
  });

  it('still parses back to the same data', () => {
    expect(JSON.parse(serializeJsonForScript(data))).toEqual(data);
  });
});
