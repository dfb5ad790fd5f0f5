import type { GeometryObject as AnyGeometryObject, Topology } from 'topojson-specification';
import type { GeoJsonProperties } from 'geojson';

type GeometryObject = AnyGeometryObject<GeoJsonProperties>;

type ArcRefs = number | ArcRefs[];

/**
 * A copy of `topology` holding only the geometries of `object` that `keep` accepts, with the
 * arcs nobody uses any more dropped (so the file shrinks, not just the feature list).
 *
 * @example
 * subsetTopology(countries10m, 'countries', (g) => ['392', '608'].includes(String(g.id)))
 */
export function subsetTopology(topology: Topology, object: string, keep: (g: GeometryObject) => boolean): Topology {
  const collection = topology.objects[object];
  if (!collection || collection.type !== 'GeometryCollection') throw new Error(`no GeometryCollection "${object}"`);
  const geometries = collection.geometries.filter(keep);
  const remap = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const visit = (refs: ArcRefs): ArcRefs => {
    if (Array.isArray(refs)) return refs.map(visit);
    const index = refs < 0 ? ~refs : refs;
    let mapped = remap.get(index);
    if (mapped === undefined) {
      mapped = arcs.length;
      remap.set(index, mapped);
      arcs.push(topology.arcs[index]);
    }
    return refs < 0 ? ~mapped : mapped;
  };
  const kept = geometries.map((g) => ('arcs' in g ? { ...g, arcs: visit(g.arcs as ArcRefs) } : g)) as GeometryObject[];
  return {
    type: 'Topology',
    ...(topology.transform ? { transform: topology.transform } : {}),
    bbox: topology.bbox,
    arcs,
    objects: { [object]: { type: 'GeometryCollection', geometries: kept } },
  } as Topology;
}
