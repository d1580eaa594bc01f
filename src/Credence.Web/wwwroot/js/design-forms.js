// Progressive enhancement of the design forms; every form works without it.
// After a save that found problems, move focus to the summary so keyboard and screen-reader users land on it.
(function () {
  "use strict";
  var summary = document.querySelector(".error-summary[tabindex='-1']");
  if (summary) {
    summary.focus();
  }
})();
