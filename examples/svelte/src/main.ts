import { mount } from 'svelte';
// Registers every tag and types them in markup (Svelte's SvelteHTMLElements).
import 'xs2a-elements/svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
