// What hooks/search_folding.py appends to Material's search worker: it runs
// after Material's code (lunr is then self.lunr), inside the same file, so
// in `mkdocs serve`, the built site and the offline edition alike.
//
// 1. Accents: every word lunr indexes is folded as it is made (a lunr.Token,
//    whatever the pipeline); positions are kept, so results are highlighted
//    on the text as written.
// 2. The query (self.__searchQuery, called by the listener placed before
//    Material's): folded; initialisms with dots dropped (split into single
//    letters they would match nearly every word); common short words
//    dropped (as prefixes they match nearly everything, and a result should
//    not be marked as missing them); a word of four letters or more that
//    begins no indexed word is replaced by the indexed words one edit away,
//    weighed below the words that do match. A phrase in double quotes
//    (straight or typographic) asks lunr for the sections holding all its
//    words.
// 3. The result (self.__searchResult, called with Material's answer before
//    it is posted to the page): lunr finds words, not phrases, so its
//    candidates are tested here against the index's own text
//    (self.__searchSetup keeps it, folded into words). A quoted phrase keeps
//    only the sections that hold it, word for word, small words included
//    (accents, case and apostrophes folded), ranked by what kind of words
//    it stands in (the entry's `words`, hooks/search_index.py): first the
//    communiqué's own text, then an entry's quotation of it, then the
//    edition's notes and labels, last the words that are not the text's
//    (the edition's Spanish words, Mexico's wording). Unquoted, the results whose
//    words stand together, and in the order typed, come before those where
//    they are scattered. A result found by words that are not the text's
//    (the edition's Spanish search words, field `es`; Mexico's release's
//    wording, field `mx`: hooks/search_index.py) says so in its teaser, and
//    its address carries ?via=es or ?via=mx for the page it opens
//    (docs/assets/javascripts/edition.js).
(function (lunr) {
  "use strict";
  var fold = self.__fold;

  var Token = lunr.Token;
  lunr.Token = function (str, metadata) { Token.call(this, fold(str), metadata); };
  lunr.Token.prototype = Token.prototype;

  // The words of the index, sorted, once Material has built it.
  var words = [];
  var build = lunr.Builder.prototype.build;
  lunr.Builder.prototype.build = function () {
    var index = build.call(this);
    words = Object.keys(index.invertedIndex).sort();
    return index;
  };

  // Short words of English (lunr's stop words, never indexed) and the
  // Spanish articles and prepositions of the bodies' names.
  var SPANISH = ["a", "al", "de", "del", "e", "el", "en", "la", "las", "lo", "los", "o", "u", "y"];
  function small(word) {
    return SPANISH.indexOf(word) !== -1 || !lunr.stopWordFilter(word);
  }

  function beginsSome(prefix) {
    var lo = 0, hi = words.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (words[mid] < prefix) lo = mid + 1; else hi = mid;
    }
    return lo < words.length && words[lo].lastIndexOf(prefix, 0) === 0;
  }

  // One insertion, deletion, substitution or swap of two neighbours.
  function oneEdit(a, b) {
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      return i === la || a.slice(i + 1) === b.slice(i + 1) ||
        (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // Indexed words one edit from the word, whole (weighed 2) or, while it is
  // being typed, from their beginning (weighed 1).
  function near(word) {
    var whole = [], begun = [], n = word.length;
    for (var k = 0; k < words.length; k++) {
      var w = words[k];
      if (oneEdit(word, w)) whole.push(w);
      else if (w.length > n && (oneEdit(word, w.slice(0, n)) || oneEdit(word, w.slice(0, n + 1)) || oneEdit(word, w.slice(0, n - 1)))) begun.push(w);
    }
    return whole.map(function (w) { return w + "^2"; })
      .concat(begun.slice(0, 20).map(function (w) { return w + "^1"; }));
  }

  self.__searchQuery = function (query) {
    var asked = parse(query);
    if (asked.phrases.length) {
      var required = [];
      asked.phrases.forEach(function (phrase) {
        phrase.forEach(function (w) {
          var stem = w.split("'")[0];
          if (stem.length > 1 && !small(stem) && required.indexOf(stem) === -1) required.push(stem);
        });
      });
      var rest = asked.rest.trim() ? self.__searchQuery(asked.rest) : "";
      return required.map(function (w) { return "+" + w + "*"; }).concat(rest ? [rest] : []).join(" ");
    }
    query = fold(query).replace(/(^|\s)(?:[A-Za-z]\.){2,}(?=\s|$)/g, "$1");
    // Lunr's own syntax (+word, -word, word~1, field:word, "…") as Material reads it.
    if (!words.length || /(^|\s)[+-]|[~^*:]/.test(query)) return query;
    var separator = new RegExp(lunr.tokenizer.separator.source, "g");
    var terms = query.split(separator).filter(Boolean).map(function (t) { return t.toLowerCase(); });
    var kept = terms.filter(function (t) { return !small(t); });
    if (!kept.length) return query;
    return kept.map(function (t) {
      if (!beginsSome(t) && t.length >= 4 && /^[a-z]+$/.test(t)) {
        var close = near(t);
        if (close.length) return close.join(" ");
      }
      return t + "*^4";
    }).join(" ");
  };
  // ------------------------------------------------------------ phrases

  var QUOTES = /["\u201c\u201d\u201e]/;
  // A query's words as the index's text is compared with them: folded, in
  // lower case, typographic apostrophes made straight.
  function wordsOf(text) {
    return fold(String(text)).toLowerCase().replace(/[\u2018\u2019]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) || [];
  }
  function plain(html) {
    return String(html).replace(/<[^>]*>/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"').replace(/&#0?39;/g, "'").replace(/&amp;/g, "&");
  }
  function content(ws) { return ws.filter(function (w) { return w.length > 1 && !small(w); }); }

  // The phrases in double quotes (the last one may be still open, its last
  // word being typed), and what stands outside them.
  function parse(query) {
    var parts = String(query).split(QUOTES), phrases = [], rest = [], open = false;
    for (var i = 0; i < parts.length; i++) {
      if (i % 2) {
        var ws = wordsOf(parts[i]);
        if (ws.length) { phrases.push(ws); open = i === parts.length - 1; }
      } else rest.push(parts[i]);
    }
    var all = wordsOf(query.replace(/(^|\s)(?:[A-Za-z]\.){2,}(?=\s|$)/g, "$1"));
    return { phrases: phrases, open: open, rest: rest.join(" "), words: content(all),
             asked: all.filter(function (w) { return !small(w); }) };
  }

  // What the index holds of each entry, as words: its own text (title, text,
  // tags), and the words that are not the text's.
  var held = {};
  self.__searchSetup = function (data) {
    held = {};
    (data && data.docs || []).forEach(function (doc) {
      var f = held[doc.location] = {
        own: [doc.title, plain(doc.text || "")].concat(doc.tags || [], doc.src || []).map(wordsOf),
        es: (doc.es || []).map(wordsOf),
        mx: (doc.mx || []).map(wordsOf),
        // The communiqué's words in it: all its text on the full text's
        // paragraphs, the quoted words on an entry's quotation of it.
        said: doc.words === "text" ? [wordsOf(plain(doc.text || ""))] : (doc.said || []).map(wordsOf),
        saidRank: PHRASE_RANK[doc.words] || 0
      };
      f.content = f.own.concat(f.es, f.mx).map(content);
    });
  };

  // A quoted phrase's rank on a result, by the kind of words it stands in:
  // the communiqué's own text, an entry's quotation of it, then (2) the
  // edition's own words, (1) only the words that are not the text's.
  var PHRASE_RANK = { text: 4, quote: 3 };

  function holds(fields, phrase, open) {
    var n = phrase.length;
    return fields.some(function (ws) {
      for (var i = 0; i + n <= ws.length; i++) {
        var k = 0;
        while (k < n && (ws[i + k] === phrase[k] || (open && k === n - 1 && ws[i + k].lastIndexOf(phrase[k], 0) === 0))) k++;
        if (k === n) return true;
      }
      return false;
    });
  }

  // How closely the words stand in one field: 1 when together and in the
  // order typed, less as they stand apart (less still out of order), 0
  // when the field lacks one.
  function closeness(ws, terms) {
    var at = terms.map(function (t) {
      var list = [];
      for (var i = 0; i < ws.length; i++) if (ws[i].lastIndexOf(t, 0) === 0) list.push(i);
      return list;
    });
    if (at.some(function (list) { return !list.length; })) return 0;
    var best = 0, n = terms.length;
    at[0].forEach(function (start) {  // in order
      var last = start;
      for (var k = 1; k < n; k++) {
        var next = at[k].filter(function (i) { return i > last; })[0];
        if (next === undefined) return;
        last = next;
      }
      best = Math.max(best, n / (last - start + 1));
    });
    var all = [];  // in any order: the narrowest window holding every word
    at.forEach(function (list, k) { list.forEach(function (i) { all.push([i, k]); }); });
    all.sort(function (a, b) { return a[0] - b[0]; });
    for (var s = 0; s < all.length; s++) {
      var seen = {}, count = 0;
      for (var e = s; e < all.length; e++) {
        if (!seen[all[e][1]]) { seen[all[e][1]] = true; count++; }
        if (count === n) { best = Math.max(best, 0.6 * n / (all[e][0] - all[s][0] + 1)); break; }
      }
    }
    return best;
  }

  // Results whose words stand together (closeness 0.5 or more: in order
  // with no more than one word between each, or side by side in another
  // order) come first; among them, and among the others, the closer weigh
  // up to this many times more.
  var TOGETHER = 9;

  function escapeHtml(s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
  // Material's highlighting of a field (<mark>word</mark>), the rest escaped.
  function marked(s) {
    return String(s).split(/(<\/?mark>)/).map(function (part) {
      return /^<\/?mark>$/.test(part) ? part : escapeHtml(part.replace(/&amp;/g, "&"));
    }).join("");
  }
  function withVia(location, via) {
    var cut = location.indexOf("#"), path = cut < 0 ? location : location.slice(0, cut);
    return path + (path.indexOf("?") < 0 ? "?" : "&") + "via=" + via + (cut < 0 ? "" : location.slice(cut));
  }

  // A result found by words that are not the text's says which, in its teaser.
  function note(doc, f, terms) {
    function has(fields, t) { return fields.some(function (ws) { return ws.some(function (w) { return w.lastIndexOf(t, 0) === 0; }); }); }
    var notOwn = terms.filter(function (t) { return !has(f.own, t); });
    if (!notOwn.length) return;
    var es = notOwn.some(function (t) { return has(f.es, t); });
    var mx = !es && notOwn.some(function (t) { return has(f.mx, t); });
    if (es) {
      var words = (doc.es || []).filter(function (w) { return /<mark>/.test(w); }).map(marked);
      if (!words.length) return;
      doc.text = '<p class="search-found-by">Found by the edition\u2019s Spanish search words, not the communiqu\u00e9\u2019s: '
        + words.join("; ") + "</p>" + (doc.text || "");
      doc.location = withVia(doc.location, "es");
    } else if (mx) {
      var pairs = (doc.mx || []).map(function (w, i) { return [w, (doc.wh || [])[i]]; })
        .filter(function (pair) { return /<mark>/.test(pair[0]) && pair[1]; });
      if (!pairs.length) return;
      doc.text = '<p class="search-found-by">Found by the wording of Mexico\u2019s release, not the White House text: '
        + pairs.map(function (pair) { return "\u201c" + marked(pair[0]) + "\u201d (the text: \u201c" + escapeHtml(pair[1]) + "\u201d)"; }).join("; ")
        + "</p>" + (doc.text || "");
      doc.location = withVia(doc.location, "mx");
    }
  }

  self.__searchResult = function (data, asked) {
    if (!data || !data.items || !data.items.length || typeof asked !== "string") return data;
    var query = parse(asked), terms = query.words;
    var groups = [], articles = {};
    data.items.forEach(function (group) {
      var article = group.filter(function (doc) { return doc.location.indexOf("#") < 0; })[0];
      var key = article ? article.location : group[0].location.split("#")[0];
      if (article) articles[key] = article;
      var kept = group.filter(function (doc) {
        var f = held[doc.location];
        if (!f) return !query.phrases.length;
        var fields = f.own.concat(f.es, f.mx);
        if (query.phrases.length) {
          if (!query.phrases.every(function (p, i) { return holds(fields, p, query.open && i === query.phrases.length - 1); })) return false;
          var every = function (fs) { return query.phrases.every(function (p) { return holds(fs, p, false); }); };
          doc.rank = f.saidRank && every(f.said) ? f.saidRank : every(f.own) ? 2 : 1;
        } else if (terms.length > 1) {
          var r = Math.max.apply(null, f.content.map(function (ws) { return closeness(ws, terms); }));
          doc.score *= 1 + TOGETHER * r * r;
          doc.rank = r >= 0.5 ? 1 : 0;
        } else doc.rank = 0;
        if (doc.score > 0) note(doc, f, query.asked);
        return true;
      });
      if (!kept.some(function (doc) { return doc.score > 0; })) return;
      // Every group has its page, as Material's have: listed, not as a match.
      if (article && kept.indexOf(article) < 0) kept.push({ location: article.location, title: article.title, text: "", tags: article.tags, score: 0, terms: {}, rank: -1 });
      kept.sort(function (a, b) { return (b.rank - a.rank) || (b.score - a.score); });
      groups.push(kept);
    });
    function best(group) { return group[0]; }
    groups.sort(function (a, b) { return (best(b).rank - best(a).rank) || (best(b).score - best(a).score); });
    data.items = groups;
    return data;
  };
})(self.lunr);
