import { createApp } from 'vue';
// Registers every tag and types them in templates (Vue's GlobalComponents).
import 'xs2a-elements/vue';
import App from './App.vue';

createApp(App).mount('#app');
