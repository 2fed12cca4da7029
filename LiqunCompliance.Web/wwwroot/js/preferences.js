// Display preferences kept in cookies so that the first, server-rendered page already uses them.
window.liqunPreferences = {
    setTheme: function (isDark) {
        document.cookie = "LiqunCompliance.Theme=" + (isDark ? "dark" : "light") + "; path=/; max-age=31536000; samesite=lax";
    }
};
