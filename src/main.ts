import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
