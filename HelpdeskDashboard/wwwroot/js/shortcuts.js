// Keyboard shortcuts for the support team (see docs/board.md › Keyboard). Keys typed into a field are the field's,
// never a shortcut. What only moves focus on the page happens here; what needs the app (help, navigation, the
// ticket-number prompt) is handed to .NET.
const sequenceMilliseconds = 1500;

function typing(target) {
    return target instanceof HTMLElement &&
        (target.isContentEditable || target.closest("input, textarea, select, [role=textbox], [role=combobox], .mud-dialog"));
}

function ticketLinks() {
    return [...document.querySelectorAll("[data-testid='board-grid'] tbody tr[data-ticket] a[data-testid='subject']")];
}

// j / k: the next or previous ticket row's link takes focus (its ring shows it; Enter opens it, as any link).
function move(step) {
    const links = ticketLinks();
    if (links.length === 0) {
        return false;
    }
    const current = links.indexOf(document.activeElement);
    const next = current < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(Math.max(current + step, 0), links.length - 1);
    links[next].focus();
    links[next].scrollIntoView({ block: "nearest" });
    return true;
}

export function attach(app) {
    let pending = null;
    let pendingAt = 0;

    const onKey = event => {
        if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
            return;
        }

        const key = event.key;
        if (pending === "g" && Date.now() - pendingAt <= sequenceMilliseconds) {
            pending = null;
            if (key === "b") {
                event.preventDefault();
                app.invokeMethodAsync("GoToBoard");
            } else if (key === "t") {
                event.preventDefault();
                app.invokeMethodAsync("AskForTicket");
            }
            return;
        }

        pending = null;
        switch (key) {
            case "?":
                event.preventDefault();
                app.invokeMethodAsync("ShowHelp");
                break;
            case "/": {
                const search = document.querySelector("[data-shortcut='search']");
                if (search) {
                    event.preventDefault();
                    search.focus();
                    search.select();
                }
                break;
            }
            case "j":
            case "k":
                if (move(key === "j" ? 1 : -1)) {
                    event.preventDefault();
                }
                break;
            case "#":
                event.preventDefault();
                app.invokeMethodAsync("AskForTicket");
                break;
            case "g":
                pending = "g";
                pendingAt = Date.now();
                break;
        }
    };

    document.addEventListener("keydown", onKey);
    // Says the keys work from now on (as data-interactive says the circuit is up); tests wait for it.
    document.documentElement.dataset.shortcuts = "on";
    return {
        detach: () => {
            document.removeEventListener("keydown", onKey);
            delete document.documentElement.dataset.shortcuts;
        },
    };
}
