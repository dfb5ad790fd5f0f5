/** Every colour the map draws with, in one flat object per theme. */
export interface Theme {
  name: 'light' | 'projector';
  water: string;
  land: string;
  landOutline: string;
  countryLabel: string;
  seaLabel: string;
  cityLabel: string;
  airfield: string;
  labelHalo: string;
  storyLabel: string;
  selected: string;
  hover: string;
  pointStroke: string;
  /** Opacity of story area fills at the first view; they fade as the user zooms in. */
  fillOpacity: number;
  /** The territorial seas' tint and edge (an optional layer). */
  maritime: string;
}

export const light: Theme = {
  name: 'light',
  water: '#cfe3ef',
  land: '#f4f1ea',
  landOutline: '#9aa7b0',
  countryLabel: '#5b6770',
  seaLabel: '#4a7592',
  cityLabel: '#2f3a42',
  airfield: '#7a3e9d',
  labelHalo: '#ffffff',
  storyLabel: '#1d2a33',
  selected: '#ffb000',
  hover: '#111111',
  pointStroke: '#ffffff',
  fillOpacity: 0.35,
  maritime: '#2a7f8f',
};

/** High contrast for washed-out projectors. */
export const projector: Theme = {
  name: 'projector',
  water: '#a9cbe4',
  land: '#fbfbf8',
  landOutline: '#000000',
  countryLabel: '#000000',
  seaLabel: '#0b3c66',
  cityLabel: '#000000',
  airfield: '#5a1a80',
  labelHalo: '#ffffff',
  storyLabel: '#000000',
  selected: '#ff8c00',
  hover: '#000000',
  pointStroke: '#000000',
  fillOpacity: 0.5,
  maritime: '#005f73',
};
