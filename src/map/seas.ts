import type { FeatureCollection, Point } from 'geojson';
import type { PlaceName, Source } from '../story/types';
import { fetchDataFile } from './loadBasemap';

/** A named sea, ocean, strait or gulf, as authored in `geo/seas.geojson`. */
export interface SeaProperties {
  /** The international English name (IHO S-23 where it has one), drawn on the map. */
  name: string;
  /** 1 ocean, 2 large sea, 3 smaller sea or gulf, 4 strait: the larger, the sooner it is drawn. */
  rank: 1 | 2 | 3 | 4;
  /** Degrees clockwise, to lay the name along a strait. */
  rotate?: number;
  /**
   * Where the name is drawn from `zoom` on (a whole zoom: filters see the tile's), when the point
   * that suits the wide views would put it at the map's edge close in (the East China Sea's, under
   * the map's buttons at zoom 6).
   */
  closeIn?: { zoom: number; coordinates: [number, number] };
  /** Other spellings a user may search for. */
  altNames?: string[];
  /** Every name in use, the English one first, each with who uses it and a source. */
  names: PlaceName[];
  source: Source[];
}

export type Seas = FeatureCollection<Point, SeaProperties>;

let seas: Promise<Seas> | undefined;

/** The seas with all their names, fetched once, when a sea is first clicked or searched for. */
export function loadSeas(): Promise<Seas> {
  seas ??= fetchDataFile<Seas>('basemap/seas.json').catch((e: Error) => {
    seas = undefined;
    throw e;
  });
  return seas;
}
