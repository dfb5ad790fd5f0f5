/** Every colour the map draws with, in one flat object per theme. */
export interface Theme {
  name: 'light' | 'dark' | 'projector';
  background: string;
  water: string;
  land: string;
  landOutline: string;
  border: string;
  countryLabel: string;
  seaLabel: string;
  cityLabel: string;
  cityDot: string;
  airfield: string;
  labelHalo: string;
  storyLabel: string;
  selected: string;
  hover: string;
  pointStroke: string;
  /** Opacity of story area fills at the first view; they fade as the user zooms in. */
  fillOpacity: number;
}

export const light: Theme = {
  name: 'light',
  background: '#cfe3ef',
  water: '#cfe3ef',
  land: '#f4f1ea',
  landOutline: '#9aa7b0',
  border: '#b3a99a',
  countryLabel: '#5b6770',
  seaLabel: '#4a7592',
  cityLabel: '#2f3a42',
  cityDot: '#4d5860',
  airfield: '#7a3e9d',
  labelHalo: '#ffffff',
  storyLabel: '#1d2a33',
  selected: '#ffb000',
  hover: '#111111',
  pointStroke: '#ffffff',
  fillOpacity: 0.35,
};

export const dark: Theme = {
  name: 'dark',
  background: '#0f1b26',
  water: '#0f1b26',
  land: '#25323d',
  landOutline: '#4d6070',
  border: '#56646f',
  countryLabel: '#a9b6c0',
  seaLabel: '#7fa6c2',
  cityLabel: '#d6dee4',
  cityDot: '#b8c4cc',
  airfield: '#c79be0',
  labelHalo: '#0f1b26',
  storyLabel: '#f0f4f7',
  selected: '#ffc533',
  hover: '#ffffff',
  pointStroke: '#0f1b26',
  fillOpacity: 0.45,
};

/** High contrast for washed-out projectors. */
export const projector: Theme = {
  name: 'projector',
  background: '#a9cbe4',
  water: '#a9cbe4',
  land: '#fbfbf8',
  landOutline: '#000000',
  border: '#555555',
  countryLabel: '#000000',
  seaLabel: '#0b3c66',
  cityLabel: '#000000',
  cityDot: '#000000',
  airfield: '#5a1a80',
  labelHalo: '#ffffff',
  storyLabel: '#000000',
  selected: '#ff8c00',
  hover: '#000000',
  pointStroke: '#000000',
  fillOpacity: 0.5,
};
