// Printing a page shows its address at the top and each link's full address
// after the link (see the print styles in edition.css).
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
