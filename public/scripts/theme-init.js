// Sets the colour theme before the page paints (no flash of the wrong theme).
// Loaded as a small blocking external file so the Content-Security-Policy
// needs no 'unsafe-inline'. The theme switch in src/scripts/ keeps it current.
(function () {
  var root = document.documentElement;
  var preference = 'system';
  try {
    preference = localStorage.getItem('kb-theme') || 'system';
  } catch {
    // Storage can be disabled by policy; fall back to the system setting.
  }
  if (preference !== 'light' && preference !== 'dark') preference = 'system';
  var dark = preference === 'dark' || (preference === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.setAttribute('data-theme', dark ? 'dark' : 'light');
  root.setAttribute('data-theme-preference', preference);
  root.classList.add('kb-js');
})();
