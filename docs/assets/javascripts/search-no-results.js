// When a search finds nothing, say so and point somewhere useful: the
// commitments index and the full text (links made by overrides/main.html).
(function () {
  var meta = document.querySelector(".md-search-result__meta");
  var template = document.getElementById("search-no-results");
  var input = document.querySelector(".md-search__input");
  if (!meta || !template || !input) return;
  var help = template.content.firstElementChild.cloneNode(true);
  help.hidden = true;
  meta.after(help);
  function update() {
    var results = document.querySelector(".md-search-result__item");
    help.hidden = Boolean(results) || input.value.trim() === "";
  }
  new MutationObserver(update).observe(meta, { childList: true, characterData: true, subtree: true });
  input.addEventListener("input", update);
})();
