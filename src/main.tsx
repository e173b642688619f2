import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { registerBenchHook } from './app/bench-hook';
import { startPersistence } from './app/run-session';
import { App } from './ui/app';
import { installPageFonts } from './ui/page-fonts';
import './ui/styles.css';

// Before the first render: runs a reload cut off become 'interrupted' before any new run is stored.
startPersistence(Date.now());
registerBenchHook(window.location.search);
installPageFonts(document);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
