// GOV.UK Frontend's styles for what JavaScript enhances apply only with this class; set here, never inline, so the
// pages' Content-Security-Policy can forbid inline script. Every page works without it.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
