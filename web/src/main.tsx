import 'leaflet/dist/leaflet.css';
import './styles.css';
import { render } from 'preact';
import { App } from './app.tsx';
import { applyDeviceTheme } from './theme.ts';

applyDeviceTheme();

const root = document.getElementById('app');
if (root) render(<App />, root);
