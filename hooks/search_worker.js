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
//    weighed below the words that do match.
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
    query = fold(query).replace(/(^|\s)(?:[A-Za-z]\.){2,}(?=\s|$)/g, "$1");
    // Lunr's own syntax (+word, -word, word~1, field:word, "…") as Material reads it.
    if (!words.length || /(^|\s)[+-]|[~^*:"]/.test(query)) return query;
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
})(self.lunr);
