import { expect } from 'chai';
import { toSafeHttpUrl } from '../../src/security/safe-url.js';

describe('toSafeHttpUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(toSafeHttpUrl('https://x.klarnacdn.net/icons/a.png')).to.equal('https://x.klarnacdn.net/icons/a.png');
    expect(toSafeHttpUrl('  HTTP://Example.com/a b ')).to.equal('http://example.com/a%20b');
    expect(toSafeHttpUrl('https://münchen.example:8443?q=1#top')).to.equal('https://xn--mnchen-3ya.example:8443/?q=1#top');
    expect(toSafeHttpUrl('http://[::1]/a.png')).to.equal('http://[::1]/a.png');
  });

  it('drops every other scheme and relative or malformed URL', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:msgbox(1)',
      '//evil.example/x.png',
      '/relative/path.png',
      'relative.png',
      'https://',
      'http:/evil.example',
      'https:evil.example',
      'ftp://example.com/a',
      '',
      // Malformed forms the URL parser would repair into some other URL.
      'https:///evil.example/x.png',
      'http://exa mple.com/x.png',
      'https://evil.example\\@bank.example/x.png',
      'https://exa\tmple.com/x.png',
      'https://example.com/a\nb.png',
      'https://bank.example@evil.example/x.png',
      'https://user:secret@evil.example/x.png',
    ];
    for (const url of hostile) expect(toSafeHttpUrl(url), url).to.equal(undefined);
  });

  it('drops what is not a string', () => {
    expect(toSafeHttpUrl(undefined)).to.equal(undefined);
    expect(toSafeHttpUrl(null)).to.equal(undefined);
  });
});
