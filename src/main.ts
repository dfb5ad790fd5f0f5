import './fonts.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { keepPristinePage } from './state/pristinePage';

// Before anything changes the document: the single file saves offline briefings from itself.
keepPristinePage();
const target = document.getElementById('app')!;
// The presenter window (opened from "Presenter view") is the same page with ?presenter; the
// audience's page does not carry its code. (No top-level await: it would stop the bundler from
// keeping the code both pages share in this first chunk.)
if (new URLSearchParams(location.search).has('presenter')) {
  void import('./PresenterApp.svelte').then(({ default: PresenterApp }) => mount(PresenterApp, { target }));
} else mount(App, { target });
