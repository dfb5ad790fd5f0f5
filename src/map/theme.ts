/** Every colour the map draws with, in one flat object per theme. */
export interface Theme {
  name: 'light' | 'projector';
  water: string;
  land: string;
  landOutline: string;
  countryLabel: string;
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
  water: '#cfe3ef',
  land: '#f4f1ea',
  landOutline: '#9aa7b0',
  countryLabel: '#5b6770',
  labelHalo: '#ffffff',
  storyLabel: '#1d2a33',
  selected: '#ffb000',
  hover: '#111111',
  pointStroke: '#ffffff',
  fillOpacity: 0.35,
};

/** High contrast for washed-out projectors. */
export const projector: Theme = {
  name: 'projector',
  water: '#a9cbe4',
  land: '#fbfbf8',
  landOutline: '#000000',
  countryLabel: '#000000',
  labelHalo: '#ffffff',
  storyLabel: '#000000',
  selected: '#ff8c00',
  hover: '#000000',
  pointStroke: '#000000',
  fillOpacity: 0.5,
};
