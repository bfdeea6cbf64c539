// The edition's scripts, in one file to save readers a request each.
// Each part is independent; without scripts the site still works.

// 1. Copy: a "Copy link" button beside each section's ¶ permalink, and
//    the "Copy" buttons of the citations. Each says when it has copied.
(function () {
  var status = document.createElement("div");
  status.className = "visually-hidden";
  status.setAttribute("aria-live", "polite");
  document.body.append(status);

  function copy(text, button) {
    var done = function () {
      var label = button.textContent;
      button.textContent = "Copied";
      status.textContent = button.getAttribute("data-copied") || "Copied";
      setTimeout(function () { button.textContent = label; }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
    } else {
      fallback(text);
      done();
    }
  }
  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }

  document.querySelectorAll(".md-content .headerlink").forEach(function (permalink) {
    var heading = permalink.parentElement;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.textContent = "Copy link";
    button.setAttribute("aria-label", "Copy link to " + heading.textContent.replace("¶", "").trim());
    button.setAttribute("data-copied", "Link copied");
    button.addEventListener("click", function () {
      copy(location.href.split("#")[0] + "#" + heading.id, button);
    });
    permalink.after(button);
  });
  document.querySelectorAll("button.copy-button[data-copy-target]").forEach(function (button) {
    button.hidden = false;
    button.setAttribute("data-copied", "Citation copied");
    button.addEventListener("click", function () {
      copy(document.getElementById(button.getAttribute("data-copy-target")).textContent, button);
    });
  });
})();

// 2. Search results: when a query finds nothing, a hint that points to the
//    commitments index and the full text (links made by overrides/main.html);
//    each result's tags are a plain list, not one more unnamed navigation
//    landmark per result (axe: landmark-unique).
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

// 3. Print: the page's address at the top and each link's full address
//    after the link (see the print styles in edition.css).
(function () {
  window.addEventListener("beforeprint", function () {
    var content = document.querySelector(".md-content__inner");
    if (!content) return;
    if (!content.querySelector(".print-address")) {
      var address = document.createElement("p");
      address.className = "print-address";
      address.textContent = location.href.split("#")[0];
      content.prepend(address);
    }
    content.querySelectorAll("a[href]:not(.headerlink)").forEach(function (a) {
      if (!a.getAttribute("href").startsWith("#")) a.setAttribute("data-print-href", a.href);
    });
  });
})();
