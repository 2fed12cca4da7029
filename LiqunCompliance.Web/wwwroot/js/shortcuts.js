// Ctrl+K (⌘K on a Mac) puts the cursor in the app bar's quick search, from any page.
document.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === "k" || event.key === "K")) {
        var input = document.querySelector("#quick-search input");
        if (input) {
            event.preventDefault();
            input.focus();
            input.select();
        }
    }
});
