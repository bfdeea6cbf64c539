// What a reader gets in the search results, beyond Material's own:
// - when a query finds nothing, a hint that points to the commitments index
//   and the full text (links made by overrides/main.html);
// - each result's tags are a plain list, not one more unnamed navigation
//   landmark per result (axe: landmark-unique).
(function () {
  var meta = document.querySelector(".md-search-result__meta");
  var list = document.querySelector(".md-search-result__list");
  var template = document.getElementById("search-no-results");
  var input = document.querySelector(".md-search__input");
  if (!meta || !list || !template || !input) return;
  var help = template.content.firstElementChild.cloneNode(true);
  help.hidden = true;
  meta.after(help);
  function update() {
    help.hidden = Boolean(list.querySelector(".md-search-result__item")) || input.value.trim() === "";
    list.querySelectorAll("nav.md-tags:not([role])").forEach(function (tags) {
      tags.setAttribute("role", "none");
    });
  }
  new MutationObserver(update).observe(meta.parentNode, { childList: true, characterData: true, subtree: true });
  input.addEventListener("input", update);
})();
