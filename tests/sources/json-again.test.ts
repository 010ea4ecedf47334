/**
 * A record of an export parsed again alone (json-again.ts): its range of the
 * export's text, told in UTF-8 bytes too when the text is kept as bytes,
 * gives back the same source as the whole export's parse.
 */
import { jsonlParser, jsonParser } from '../../src/sources/json';
import { addByteRanges, isRecordMemo, recordAgain, type RecordMemo } from '../../src/sources/json-again';

const wide = ['{"title": "“One” 🎉", "text": "10 came."}', '{"title": "Café", "text": "12 came \\u2014 “then” 14."}', '{"title": "𝔘𝔫𝔦", "text": "<p>15 came.</p>"}'].join('\r\n');

describe('records parsed again alone', () => {
  it('tells each record where it is, and its field names', () => {
    const { records } = jsonlParser.parseAll(wide, { fieldMap: { author: 'by' } });
    expect(records.map((r) => isRecordMemo(r.memo))).toEqual([true, true, true]);
    expect(records.map((r) => wide.slice(r.memo.start, r.memo.end))).toEqual(wide.split('\r\n'));
    expect(records[0].memo.fieldMap).toEqual({ author: 'by' });
  });

  it('finds each record in the text’s UTF-8 bytes, in order or not', () => {
    const bytes = Buffer.from(wide, 'utf8');
    const memos = jsonlParser.parseAll(wide).records.map((r) => r.memo);
    for (const order of [memos, [memos[2], memos[0], memos[1]]]) {
      addByteRanges(order, wide);
      for (const m of memos) expect(bytes.toString('utf8', ...(m.bytes as [number, number]))).toBe(wide.slice(m.start, m.end));
    }
  });

  it.each([
    ['from the text', (t: string) => t],
    ['from its bytes', (t: string) => Buffer.from(t, 'utf8')],
  ])('gives the same text, sections and map into the whole export %s', (_, keep) => {
    const text = `[${wide.split('\r\n').join(',\n  ')}]`;
    const { records } = jsonParser.parseAll(text);
    const memos: RecordMemo[] = records.map((r) => r.memo);
    const kept = keep(text);
    if (typeof kept !== 'string') addByteRanges(memos, text);
    records.forEach((r, i) => {
      const again = recordAgain(() => kept, memos[i], 'json');
      expect({ text: again.text, sections: again.sections }).toEqual({ text: r.source.text, sections: r.source.sections });
      for (let at = 0; at <= r.source.text.length; at++) expect([again.map.toRaw(at), again.map.toRawEnd(at)]).toEqual([r.source.map.toRaw(at), r.source.map.toRawEnd(at)]);
    });
  });
});
