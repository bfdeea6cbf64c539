// The edition's scripts, in one file to save readers a request each.
// Each part is independent but for the clipboard (0), which the copy
// buttons share; without scripts the site still works.

// 0. The clipboard, for every copy button below: write(text) copies it
//    (the Clipboard API in a secure context; else, or if it refuses, a
//    hidden textarea and the copy command, as from file://) and resolves
//    when done; say(words) tells screen readers (one polite live region).
var editionClipboard = (function () {
  var live = document.createElement("div");
  live.className = "visually-hidden";
  live.setAttribute("aria-live", "polite");
  document.body.append(live);

  function byCommand(text) {
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
  return {
    write: function (text) {
      if (navigator.clipboard && window.isSecureContext) {
        return navigator.clipboard.writeText(text).catch(function () { byCommand(text); });
      }
      byCommand(text);
      return Promise.resolve();
    },
    say: function (words) { live.textContent = words; }
  };
})();

// 1. Copy: a "Copy link" button beside each section's ¶ permalink (laid
//    out in the room the heading keeps for it, edition.css, so adding it
//    moves nothing), and the "Copy" buttons of the citations. Each says
//    when it has copied.
(function () {
  function copy(text, button) {
    editionClipboard.write(text).then(function () {
      var label = button.textContent;
      button.textContent = "Copied";
      editionClipboard.say(button.getAttribute("data-copied") || "Copied");
      setTimeout(function () { button.textContent = label; }, 2000);
    });
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
//    commitments index and the full text (overrides/partials/search.html);
//    each result's tags are a plain list, not one more unnamed navigation
//    landmark per result (axe: landmark-unique).
(function () {
  var meta = document.querySelector(".md-search-result__meta");
  var list = document.querySelector(".md-search-result__list");
  var help = document.querySelector(".md-search .search-no-results");
  var config = document.getElementById("__config");
  if (!meta || !list || !help || !config) return;
  var none = JSON.parse(config.textContent).translations["search.result.none"];
  function update() {
    help.hidden = meta.textContent.trim() !== none;
    list.querySelectorAll("nav.md-tags:not([role])").forEach(function (tags) {
      tags.setAttribute("role", "none");
    });
  }
  new MutationObserver(update).observe(meta.parentNode, { childList: true, characterData: true, subtree: true });
})();

// 3a. A page opened from a search result that was found by words that are
//     not the text's (?via=es: the edition's Spanish search words; ?via=mx:
//     the wording of Mexico's release; hooks/search_worker.js) says so, at
//     the section it opens on. The note's words are the edition's own, never
//     taken from the address.
(function () {
  var NOTES = {
    es: "Found by the edition\u2019s own Spanish search words, not by the communiqu\u00e9\u2019s words: the text is in English.",
    mx: "Found by the wording of Mexico\u2019s release of the same meeting, not by the White House text shown here."
  };
  var url = new URL(location.href), via = url.searchParams.get("via");
  if (via === null) return;
  url.searchParams.delete("via");
  history.replaceState(history.state, "", url.href);
  var article = document.querySelector("article.md-content__inner");
  if (!NOTES.hasOwnProperty(via) || !article) return;
  var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  var after = target && article.contains(target) ? target : article.querySelector("h1");
  var note = document.createElement("p");
  note.className = "search-found-by";
  note.setAttribute("role", "note");
  note.textContent = NOTES[via];
  if (after) after.after(note); else article.prepend(note);
})();

// 3. Highlights on a page opened from a search result: the words searched
//    for (taken from the address's ?h= before Material's script, see
//    overrides/main.html), marked where each word begins, accents ignored
//    as search ignores them ("barcena" marks "Bárcena").
(function () {
  var terms = window.__searchHighlight;
  var article = document.querySelector("article.md-content__inner");
  if (!terms || !article) return;
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var words = fold(terms).split(/\s+/).filter(Boolean).map(function (w) {
    return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  });
  if (!words.length) return;
  var pattern = new RegExp("(^|[^\\p{L}\\p{N}])(" + words.join("|") + ")", "gu");
  var nodes = [];
  var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      return node.parentElement.closest("script, style, mark, .headerlink") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    }
  });
  for (var node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  nodes.forEach(function (node) {
    pattern.lastIndex = 0;
    if (!pattern.test(fold(node.data))) return;
    var text = node.data, folded = "", at = [];
    for (var i = 0; i < text.length; i++) {
      var f = fold(text[i]);
      for (var j = 0; j < f.length; j++) { folded += f[j]; at.push(i); }
    }
    var found = [], m;
    pattern.lastIndex = 0;
    while ((m = pattern.exec(folded))) {
      var start = m.index + m[1].length, end = start + m[2].length;
      found.push([at[start], at[end - 1] + 1]);
      if (m[0].length === 0) pattern.lastIndex++;
    }
    for (var k = found.length - 1; k >= 0; k--) {
      var word = node.splitText(found[k][0]);
      word.splitText(found[k][1] - found[k][0]);
      var mark = document.createElement("mark");
      mark.setAttribute("data-md-highlight", "");
      word.replaceWith(mark);
      mark.append(word);
    }
  });
})();

// 4. Print: the page's address at the top and each link's full address
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

// 5. The full text's sentences: each sentence's button (edition/pages.py,
//    Pages.sentence_controls) copies its permanent link and opens a panel,
//    after the paragraph, with the link, its plain citation (to copy) and
//    how Mexico's release words its phrases. While the edition's permanent
//    address is not set (a local or offline copy), the link is the address
//    the reader is on. Esc or Close shuts the panel and returns to the button.
(function () {
  var buttons = document.querySelectorAll("button.sentence-link[data-sentence]");
  if (!buttons.length) return;
  var panel = null, opener = null;
  var write = editionClipboard.write, say = editionClipboard.say;

  function linkOf(button) {
    return button.getAttribute("data-href")
      || location.href.split("#")[0] + "#" + button.getAttribute("data-sentence");
  }
  function close() {
    if (!panel) return;
    panel.remove();
    panel = null;
    if (opener) {
      opener.setAttribute("aria-expanded", "false");
      opener.focus();
    }
  }
  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }
  function open(button, link) {
    close();
    opener = button;
    var n = button.getAttribute("data-n");
    panel = element("div", "sentence-panel");
    panel.id = "sentence-panel";
    panel.setAttribute("role", "group");
    panel.setAttribute("aria-label", "Sentence " + n);
    var head = element("p", "sentence-panel__head", "Link to " + n + " copied: ");
    var a = element("a", "", link);
    a.href = link;
    head.append(a);
    panel.append(head);
    var citation = button.getAttribute("data-cite");
    if (!button.getAttribute("data-href")) {
      citation += " This copy: " + link;
    }
    var cite = element("p", "sentence-panel__cite", citation);
    var copyCite = element("button", "sentence-panel__button", "Copy citation");
    copyCite.type = "button";
    copyCite.addEventListener("click", function () {
      write(citation).then(function () {
        copyCite.textContent = "Citation copied";
        say("Citation copied");
      });
    });
    panel.append(cite, copyCite);
    var mexico = JSON.parse(button.getAttribute("data-mexico") || "[]");
    if (mexico.length) {
      var note = element("p", "sentence-panel__mexico", "Mexico's release (SRE) words it: ");
      mexico.forEach(function (pair, i) {
        var wh = element("q", "", pair[0]), sre = element("q", "", pair[1]);
        note.append(i ? "; " : "", wh, " as ", sre);
      });
      panel.append(note);
    }
    var shut = element("button", "sentence-panel__button", "Close");
    shut.type = "button";
    shut.addEventListener("click", close);
    panel.append(shut);
    panel.addEventListener("keydown", function (ev) { if (ev.key === "Escape") close(); });
    button.closest("p").after(panel);
    button.setAttribute("aria-expanded", "true");
    button.setAttribute("aria-controls", panel.id);
    copyCite.focus();
  }

  buttons.forEach(function (button) {
    button.hidden = false;
    button.setAttribute("aria-expanded", "false");
    button.addEventListener("click", function () {
      var link = linkOf(button);
      write(link).then(function () {
        say("Link to " + button.getAttribute("data-n") + " copied");
        open(button, link);
      });
    });
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape" && panel) close(); });
})();
