// Generated from mappings/eras.txt by EraTableTest (-Dgolden.update=true): edit the table, not this file.
// The 和暦 eras, newest first; first: the western year of 元年, start: its first day.
export const ERAS = [
  { name: '令和', letter: 'R', first: 2019, start: '2019-05-01' },
  { name: '平成', letter: 'H', first: 1989, start: '1989-01-08' },
  { name: '昭和', letter: 'S', first: 1926, start: '1926-12-25' },
  { name: '大正', letter: 'T', first: 1912, start: '1912-07-30' },
  { name: '明治', letter: 'M', first: 1868, start: '1868-01-01' },
];
