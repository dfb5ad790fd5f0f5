import type { MaritimeZone } from '../map/maritimeZones';

/**
 * The basemap's optional overlays, as the layer list sets them and the map draws them: whether the
 * territorial seas are on, and the zone the user last clicked (shown under the toggle).
 */
export const basemapOverlays = $state({ maritime: false, zone: null as MaritimeZone | null });
