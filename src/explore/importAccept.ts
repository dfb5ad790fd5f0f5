/** The file types the import accepts (the file picker's `accept`): every format readImport reads. */
export const ACCEPT =
  '.geojson,.json,.kml,.kmz,.gpx,.csv,.tsv,.txt,.zip,.fgb,application/geo+json,application/json,application/vnd.google-earth.kml+xml,text/csv';
