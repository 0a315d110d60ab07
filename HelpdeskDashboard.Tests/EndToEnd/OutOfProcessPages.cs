using System.Diagnostics;
using System.Text.Json;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// Signed-in browser pages driven from another process: Playwright's Node driver (shipped with the package) runs a
/// small script that opens one page per "open" line on its input. Measurements of the app's CPU and heap use these
/// instead of the in-process Playwright client, whose own work (it receives every WebSocket frame of every page as a
/// JSON event, and keeps objects per page) would otherwise be counted as the server's.
/// </summary>
internal sealed class OutOfProcessPages : IAsyncDisposable
{
    private const string Script = """
        const [pkg, chromiumPath, argsJson, statePath, url, board] = process.argv.slice(2);
        const { chromium } = require(pkg);
        const readline = require('readline');
        (async () => {
          const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: JSON.parse(argsJson) });
          const pages = [];
          let received = 0;
          const lines = readline.createInterface({ input: process.stdin });
          for await (const line of lines) {
            if (line === 'open') {
              const context = await browser.newContext({ storageState: statePath, viewport: { width: 1280, height: 800 } });
              const page = await context.newPage();
              page.on('websocket', socket => socket.on('framereceived', frame => { received += frame.payload.length; }));
              await page.goto(url, { timeout: 120000 });
              await page.locator(".app-shell[data-interactive='true']").waitFor({ state: 'attached', timeout: 120000 });
              if (board === 'true') {
                // As a person would: all tickets, 50 rows with live countdowns (the same steps as BoardPage.ShowAllTicketsAsync).
                await page.getByTestId('scope').getByRole('radio', { name: 'All', exact: true }).check({ timeout: 120000 });
                await page.locator("[data-testid='board-grid'] tbody tr[data-ticket] td:nth-child(6)", { hasText: 'Unassigned' }).first()
                  .waitFor({ timeout: 120000 });
              }
              pages.push(page);
              console.log('opened');
            } else if (line === 'received') {
              console.log(String(received));
            } else if (line === 'close') {
              break;
            }
          }
          // The pages say goodbye (unload runs, Blazor sends its disconnect beacon) before the browser goes.
          for (const page of pages) {
            const closed = page.waitForEvent('close');
            await page.close({ runBeforeUnload: true });
            await closed;
          }
          await browser.close();
          console.log('closed');
          process.exit(0); // the input stream would keep Node running
        })().catch(error => { console.log('failed ' + error); process.exit(1); });
        """;

    private readonly Process _node;
    private readonly string _directory;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _errors = new();
    private bool _disposed;

    private OutOfProcessPages(Process node, string directory)
    {
        _node = node;
        _directory = directory;
    }

    /// <param name="storageState">The signed-in browser's cookies (Playwright's storage state JSON).</param>
    public static OutOfProcessPages Start(string url, string storageState, bool board)
    {
        var directory = Directory.CreateTempSubdirectory("helpdesk-pages-").FullName;
        try
        {
            var scriptPath = Path.Combine(directory, "pages.js");
            var statePath = Path.Combine(directory, "state.json");
            File.WriteAllText(scriptPath, Script);
            File.WriteAllText(statePath, storageState);

            var driver = Path.Combine(AppContext.BaseDirectory, ".playwright");
            var start = new ProcessStartInfo(Path.Combine(driver, "node", "linux-x64", "node"))
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[]
                     {
                         scriptPath, Path.Combine(driver, "package"), BrowserFixture.ChromiumPath,
                         JsonSerializer.Serialize(BrowserFixture.ChromiumArgs), statePath, url, board ? "true" : "false",
                     })
            {
                start.ArgumentList.Add(argument);
            }

            var node = Process.Start(start)!;
            var pages = new OutOfProcessPages(node, directory);
            // Drained all along: a full stderr pipe would block Node; its last lines explain a failure.
            node.ErrorDataReceived += (_, line) => pages.KeepErrorLine(line.Data);
            node.BeginErrorReadLine();
            return pages;
        }
        catch
        {
            Directory.Delete(directory, recursive: true); // it holds the signed-in cookies
            throw;
        }
    }

    private void KeepErrorLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        _errors.Enqueue(line);
        while (_errors.Count > 20)
        {
            _errors.TryDequeue(out _);
        }
    }

    /// <summary>Opens one more page and waits until it is interactive (and, on the board, shows all tickets).</summary>
    public async Task OpenAsync()
    {
        await _node.StandardInput.WriteLineAsync("open");
        await _node.StandardInput.FlushAsync();
        await ExpectAsync("opened");
    }

    /// <summary>Bytes the pages have received over their WebSockets (the circuits' messages) since they opened.</summary>
    public async Task<long> ReceivedBytesAsync()
    {
        await _node.StandardInput.WriteLineAsync("received");
        await _node.StandardInput.FlushAsync();
        var line = await ReadLineAsync();
        return long.TryParse(line, System.Globalization.CultureInfo.InvariantCulture, out var bytes)
            ? bytes
            : throw new InvalidOperationException($"The page host said '{line}' instead of a byte count.");
    }

    private Task<string?> ReadLineAsync() => _node.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(10)); // above the script's own waits

    private async Task ExpectAsync(string expected)
    {
        var line = await ReadLineAsync();
        if (line != expected)
        {
            throw new InvalidOperationException(
                $"The page host said '{line}' instead of '{expected}'. Its last errors: {string.Join(Environment.NewLine, _errors)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (!_node.HasExited)
            {
                await _node.StandardInput.WriteLineAsync("close");
                await _node.StandardInput.FlushAsync();
                await ExpectAsync("closed");
                await _node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            }
        }
        catch (Exception error) when (error is InvalidOperationException or TimeoutException or IOException)
        {
            // Best effort: the browsers go with the process below; a failure that led here stays the one reported.
            TestContext.Current.TestOutputHelper?.WriteLine($"Page host did not close cleanly: {error.Message}");
        }
        finally
        {
            if (!_node.HasExited)
            {
                _node.Kill(entireProcessTree: true);
            }

            _node.Dispose();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
