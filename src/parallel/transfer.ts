/**
 * Sources across the thread boundary. Structured cloning keeps plain data but
 * drops class prototypes, so a {@link Source}'s {@link OffsetMap} arrives as a
 * bare object holding its segments; the receiving side rebuilds the map.
 */
import { OffsetMap } from '../sources/offset-map';
import type { Source } from '../types';

/** The shape an {@link OffsetMap} has after a structured clone (its one own field). */
interface ClonedMap {
  segments: ConstructorParameters<typeof OffsetMap>[0];
}

/** A source as it crosses threads: the same fields, the map as its segments. */
export type WireSource = Omit<Source, 'map'> & { map: ClonedMap };

/** The segments of a map (read through its one field; the class keeps them private). */
export function toWire(source: Source): WireSource {
  return { ...source, map: { segments: (source.map as unknown as ClonedMap).segments } };
}

/** A source whose map is a working {@link OffsetMap} again. */
export function fromWire(wire: WireSource): Source {
  return { ...wire, map: new OffsetMap(wire.map.segments) };
}
