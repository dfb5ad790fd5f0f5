import './fonts.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import PresenterApp from './briefing/PresenterApp.svelte';

// The presenter window (opened from "Presenter view") is the same page with ?presenter.
const root = new URLSearchParams(location.search).has('presenter') ? PresenterApp : App;
mount(root, { target: document.getElementById('app')! });
