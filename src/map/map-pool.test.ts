import { describe, expect, it } from 'vitest';

import { MapPool } from './map-pool';

class FakeMap {
  parks = 0;
  removed = false;
  constructor(readonly name: string) {}
  park() {
    this.parks++;
  }
  remove() {
    this.removed = true;
  }
}

describe('MapPool', () => {
  it('parks a map and hands it back once, to its own key only', () => {
    const pool = new MapPool<object, FakeMap>(2);
    const korea = {};
    const uzbekistan = {};
    const map = new FakeMap('korea');
    pool.put(korea, map);
    expect(map.parks).toBe(1);
    expect(pool.take(uzbekistan)).toBeUndefined();
    expect(pool.has(korea)).toBe(true);
    expect(pool.take(korea)).toBe(map);
    expect(pool.take(korea)).toBeUndefined();
    expect(map.removed).toBe(false);
  });

  it('removes the oldest parked map beyond its size, freeing its WebGL context', () => {
    const pool = new MapPool<object, FakeMap>(2);
    const keys = [{}, {}, {}];
    const maps = keys.map((_, i) => new FakeMap(`m${i}`));
    keys.forEach((key, i) => pool.put(key, maps[i]!));
    expect(maps.map((m) => m.removed)).toEqual([true, false, false]);
    expect(pool.has(keys[0]!)).toBe(false);
    expect(pool.take(keys[2]!)).toBe(maps[2]);
  });

  it('counts a map parked again as the newest', () => {
    const pool = new MapPool<object, FakeMap>(2);
    const [a, b, c] = [{}, {}, {}];
    const [ma, mb, mc] = [new FakeMap('a'), new FakeMap('b'), new FakeMap('c')];
    pool.put(a, ma);
    pool.put(b, mb);
    pool.put(a, pool.take(a)!); // the screen closed again on a's map: a is now the newest
    pool.put(c, mc);
    expect([ma.removed, mb.removed, mc.removed]).toEqual([false, true, false]);
  });

  it('replaces a different map parked under the same key, and clears everything', () => {
    const pool = new MapPool<object, FakeMap>(2);
    const key = {};
    const first = new FakeMap('first');
    const second = new FakeMap('second');
    pool.put(key, first);
    pool.put(key, second);
    expect(first.removed).toBe(true);
    expect(pool.take(key)).toBe(second);
    pool.put(key, second);
    pool.clear();
    expect(second.removed).toBe(true);
    expect(pool.has(key)).toBe(false);
  });

  it('with size 0 keeps nothing', () => {
    const pool = new MapPool<object, FakeMap>(0);
    const map = new FakeMap('m');
    pool.put({}, map);
    expect(map.removed).toBe(true);
    expect(() => new MapPool(-1)).toThrow(RangeError);
  });
});
