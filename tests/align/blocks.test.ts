import { TypedBlocks } from '../../src/align/similarity';

describe('TypedBlocks', () => {
  it('cuts zeroed arrays that do not overlap, large ones apart', () => {
    const blocks = new TypedBlocks();
    const a = blocks.int32(3);
    const b = blocks.int32(2);
    const x = blocks.float64(4);
    expect([...a, ...b, ...x]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    a.fill(7);
    x.fill(0.5);
    expect([...b]).toEqual([0, 0]);
    expect(blocks.float64(1)[0]).toBe(0);
    expect(blocks.int32(1 << 20)).toHaveLength(1 << 20);
  });

  it('empties every array cut from its blocks once released', () => {
    const blocks = new TypedBlocks();
    const a = blocks.int32(3);
    const x = blocks.float64(2);
    blocks.release();
    expect(a).toHaveLength(0);
    expect(x).toHaveLength(0);
    expect(blocks.int32(2)).toEqual(Int32Array.from([0, 0]));
  });
});
