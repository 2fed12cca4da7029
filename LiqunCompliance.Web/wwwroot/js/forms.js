// Submits a form of the page by id: the sign-out form, from the user menu's item (a menu holds menu items, not forms).
window.liqunSubmitForm = (id) => document.getElementById(id)?.requestSubmit();
