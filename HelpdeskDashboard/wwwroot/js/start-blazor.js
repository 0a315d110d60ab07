// Starts Blazor from a file, not an inline script, so the Content-Security-Policy needs no 'unsafe-inline'.
// Two round trips fewer before the circuit starts: no library registers a JS initializer (a test checks
// _blazor/initializers answers []), and the circuit goes straight to a WebSocket without negotiating.
Blazor.start({
    circuit: {
        initializers: { beforeStart: [], afterStarted: [] },
        configureSignalR: builder => builder.withUrl("_blazor", { skipNegotiation: true, transport: 1 /* WebSockets */ }),
    },
});

// The stylesheet a page without prerendering loads as "print" (not render-blocking) applies once loaded.
for (const link of document.querySelectorAll("link[data-load-async]")) {
    if (link.sheet) {
        link.media = "all";
    } else {
        link.addEventListener("load", () => { link.media = "all"; }, { once: true });
    }
}
