import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n/i18n';
import '../ui/styles/tokens.css';
import '../ui/styles/base.css';
import './staff.css';
import { StaffApp } from './StaffApp';

initI18n();

const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <StaffApp />
  </StrictMode>,
);
