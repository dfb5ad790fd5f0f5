import './fonts.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app')!;
// The presenter window (opened from "Presenter view") is the same page with ?presenter; the
// audience's page does not carry its code.
if (new URLSearchParams(location.search).has('presenter')) {
  const { default: PresenterApp } = await import('./briefing/PresenterApp.svelte');
  mount(PresenterApp, { target });
} else mount(App, { target });
