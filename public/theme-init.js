// Runs before first paint (a blocking script in <head>) so a saved theme never flashes the other one.
// Storage may be unavailable (privacy modes): then the system preference applies.
(function () {
  try {
    var t = localStorage.getItem('snty:theme');
    if (t === 'light' || t === 'dark') document.documentElement.setAttribute('data-theme', t);
  } catch (e) {
    /* system preference */
  }
})();
