import { describe, expect, it } from 'vitest';
import { originPattern } from '../../../utils/origin-pattern';

describe('originPattern', () => {
  it('should name the scheme and host of a URL, without its port, path, query or user', () => {
    expect(originPattern('https://www.example.org/a/b.pdf?x=1#p2')).toBe('https://www.example.org/*');
    expect(originPattern('http://127.0.0.1:8080/nb/2023.pdf')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://user:pw@portal.example.com:8443/')).toBe('https://portal.example.com/*');
    expect(originPattern('http://[::1]:3000/x')).toBe('http://[::1]/*');
  });

  it('should throw on text that is not a URL (the caller has validated its links)', () => {
    expect(() => originPattern('not a url')).toThrow(TypeError);
  });
});
