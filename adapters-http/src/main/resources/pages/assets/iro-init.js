// Starts GOV.UK Frontend's components (the JavaScript only enhances: every page works without it). A file of its own
// rather than an inline script, so the Content-Security-Policy can forbid inline script.
import { initAll } from '/assets/govuk-frontend.min.js';

initAll();
