/**
 * Types for the `natural` submodules crosscheck imports directly. Importing
 * `natural` itself loads database drivers (mongoose, pg, redis) at start-up.
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(word: string): string };
  export = PorterStemmer;
}
declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance' {
  function JaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
  export = JaroWinklerDistance;
}
declare module 'natural/lib/natural/distance/levenshtein_distance' {
  function LevenshteinDistance(a: string, b: string, options?: object): number;
  export = LevenshteinDistance;
}
declare module 'natural/lib/natural/phonetics/double_metaphone' {
  class DoubleMetaphone {
    process(word: string): [string, string];
    compare(a: string, b: string): boolean;
  }
  export = DoubleMetaphone;
}
