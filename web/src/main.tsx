import 'leaflet/dist/leaflet.css';
import './styles.css';
import { render } from 'preact';
import { App } from './app.tsx';
import { applyLanguage } from './i18n/index.ts';
import { applyDeviceTheme } from './theme.ts';

applyDeviceTheme();
applyLanguage();

const root = document.getElementById('app');
if (root) render(<App />, root);
