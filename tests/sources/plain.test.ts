import { plainParser } from '../../src/sources/plain';
import { mapsVerbatim, outline, parseWith, unmappedChars, wellFormed } from './contract';

describe('plain text', () => {
  const cases: { name: string; doc: string; title?: string; sections: [string, string][] }[] = [
    {
      name: 'a headline line, then paragraphs',
      doc: 'Bridge reopens after 3 years\n\nThe bridge carried 40,000 cars a day.\n\nRepairs cost $12m.\n',
      title: 'Bridge reopens after 3 years',
      sections: [['title', 'Bridge reopens after 3 years'], ['body', 'The bridge carried 40,000 cars a day.'], ['body', 'Repairs cost $12m.']],
    },
    {
      name: 'a first line that ends in a period is prose, not a title',
      doc: 'The council met on Monday.\nIt voted 7 to 2.\n',
      sections: [['body', 'The council met on Monday.'], ['body', 'It voted 7 to 2.']],
    },
    {
      name: 'hard-wrapped paragraphs are joined with spaces',
      doc: 'Rail strike\n\nUnions said that about 20,000\nworkers would walk out on\nFriday morning.\n',
      title: 'Rail strike',
      sections: [['title', 'Rail strike'], ['body', 'Unions said that about 20,000 workers would walk out on Friday morning.']],
    },
    {
      name: 'a byline and a bare date line are boilerplate; the author is read',
      doc: 'Fire at the port\nBy Maria Lopez\nMarch 3, 2024\n\nTwo ships burned.\n',
      title: 'Fire at the port',
      sections: [['title', 'Fire at the port'], ['boilerplate', 'By Maria Lopez'], ['boilerplate', 'March 3, 2024'], ['body', 'Two ships burned.']],
    },
    {
      name: 'CRLF line ends',
      doc: 'Vote count\r\n\r\nTurnout was 61%.\r\nResults come Monday.\r\n',
      title: 'Vote count',
      sections: [['title', 'Vote count'], ['body', 'Turnout was 61%.'], ['body', 'Results come Monday.']],
    },
  ];
  it.each(cases)('$name', ({ doc, title, sections }) => {
    const s = parseWith(plainParser, doc);
    expect(s.title).toBe(title);
    expect(outline(s)).toEqual(sections);
    expect(wellFormed(s)).toBe(true);
  });

  it('maps the text back to the file character for character, except joined line breaks', () => {
    const s = parseWith(plainParser, 'Headline here\n\nFirst 26 nations.\n\nThen 27 members.');
    expect(unmappedChars(s)).toEqual([]);
    expect(mapsVerbatim(s, 'Then 27 members.')).toBe(true);
    expect(s.published).toBeUndefined();
    const w = parseWith(plainParser, 'x\n\nabout 20,000\nworkers came');
    expect(mapsVerbatim(w, 'about 20,000')).toBe(true);
  });
});
