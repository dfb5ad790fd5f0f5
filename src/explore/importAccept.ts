/** The file types the import accepts (the file picker's `accept`): every format readImport reads, and PMTiles tilesets. */
export const ACCEPT =
  '.geojson,.json,.kml,.kmz,.gpx,.csv,.tsv,.txt,.zip,.fgb,.pmtiles,application/geo+json,application/json,application/vnd.google-earth.kml+xml,text/csv';
