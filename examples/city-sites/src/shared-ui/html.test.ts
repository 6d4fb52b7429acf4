import { describe, expect, it } from 'vitest';
import { escapeHtml, markup, trustedHtml } from './html.ts';

describe('markup template', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const title = `<script>alert("x")</script> & 'y'`;
    const out = markup`<a title="${title}">${title}</a>`.value;
    expect(out).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</a>',
    );
  });

  it('does not escape nested templates twice, and flattens arrays', () => {
    const items = ['a<b', 'c'].map((s) => markup`<li>${s}</li>`);
    expect(markup`<ul>${items}</ul>`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
  });

  it('renders null, undefined and false as nothing but keeps 0', () => {
    expect(markup`${null}${undefined}${false}${0}`.value).toBe('0');
  });

  it('passes trusted markup through unchanged', () => {
    expect(markup`${trustedHtml('<br>')}`.value).toBe('<br>');
    expect(escapeHtml('`')).toBe('&#96;');
  });
});
